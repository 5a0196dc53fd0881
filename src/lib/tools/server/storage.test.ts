import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, openTestDb, type TestDb } from '$lib/server/db/test-db';
import * as institutions from '$lib/accounts/server/data/institutions';
import * as users from '$lib/accounts/server/data/users';
import type { User } from '$lib/accounts/server/data/users';
import { factorsOf } from '$lib/instrument/schema';
import { saveRating, ratingsOf } from '$lib/rating/server/ratings';
import { sql } from 'kysely';
import { checkTool, toolValues, type RawTool } from '$lib/tools/tool';
import * as toolsData from './data/tools';
import { baseTool } from '$lib/tools/test-tools';
import { deleteTool, exportTools, importTools, listTools, rubricSummaries, saveTool, toolForUser, toolRubric } from './tools';

const raw = (changes: Partial<Record<keyof RawTool, string | string[]>> = {}): RawTool => ({ ...toolValues(baseTool), learningTypes: baseTool.learningTypes, ...changes }) as RawTool;
const bytes = (text: string) => new TextEncoder().encode(text);
const HEADER = 'name;url;learning_types;synchrony;licence;availability;privacy;accessibility;accessibility_url;group_min;group_max';

for (const dialect of DIALECTS) {
	describe(`the tool catalogue on ${dialect}`, () => {
		let t: TestDb;
		let keeper: User;
		let teacher: User;
		let elsewhere: User;
		const auditOf = (objectId: string) => t.db.selectFrom('audit_event').select(['action', 'fields', 'via']).where('object_kind', '=', 'tool').where('object_id', '=', objectId).orderBy('id').execute();

		beforeAll(async () => {
			t = await openTestDb(dialect);
			const institutionId = (await institutions.create(t.db, 'Hogeschool Test')).id;
			const other = (await institutions.create(t.db, 'Universiteit Elders')).id;
			keeper = await users.create(t.db, { institutionId, email: 'ada@example.nl', name: 'Ada', passwordHash: 'x', role: 'admin' });
			teacher = await users.create(t.db, { institutionId, email: 'tim@example.nl', name: 'Tim', passwordHash: 'x', role: 'facilitator' });
			elsewhere = await users.create(t.db, { institutionId: other, email: 'bo@example.nl', name: 'Bo', passwordHash: 'x', role: 'admin' });
		});
		afterAll(async () => {
			await t.destroy();
		});

		it('stores a tool a keeper adds, audited, and reads it back as it was given', async () => {
			const saved = await saveTool(t.db, keeper, null, raw({ name: 'Padlet' }), 'nl');
			if (!saved.ok) throw new Error(JSON.stringify(saved.errors));
			const tool = await toolForUser(t.db, teacher, saved.id);
			expect({ ...tool, id: undefined, updatedAt: undefined }).toEqual({ ...baseTool, id: undefined, updatedAt: undefined });
			expect(await auditOf(saved.id)).toEqual([{ action: 'create', fields: '', via: 'system' }]);
		});

		it('refuses a second tool with the same name in another case, and says so on the name', async () => {
			const saved = await saveTool(t.db, keeper, null, raw({ name: '  PADLET ' }), 'en');
			expect(saved).toEqual({ ok: false, errors: { name: 'There already is a tool with this name.' } });
		});

		// SQLite has one writer at a time, so the name check inside the transaction always sees the other
		// tool; on PostgreSQL a tool inserted but not yet committed is invisible to it, and only the
		// unique index can refuse the second.
		it.runIf(dialect === 'postgres')('gives the second of two keepers saving one new name at the same moment the name message, never an error', async () => {
			const first = await t.db.startTransaction().execute();
			const input = checkTool(raw({ name: 'Kahoot' }));
			if (!input.ok) throw new Error('the test tool is invalid');
			await toolsData.insert(first, keeper.institutionId, input.value);
			const second = saveTool(t.db, keeper, null, raw({ name: 'kahoot' }), 'en');
			// Wait until the second insert waits for the first transaction's index entry, then commit the first.
			const waiting = async () => (await sql<{ n: number }>`select count(*)::int as n from pg_stat_activity where wait_event_type = 'Lock' and query like 'insert into "tool"%'`.execute(t.db)).rows[0]!.n;
			while ((await waiting()) === 0) await new Promise((resolve) => setTimeout(resolve, 10));
			await first.commit().execute();
			expect(await second).toEqual({ ok: false, errors: { name: 'There already is a tool with this name.' } });
			expect((await listTools(t.db, keeper)).filter((tool) => tool.name.toLowerCase() === 'kahoot')).toHaveLength(1);
		});

		it('names each wrong field in the user’s language and stores nothing', async () => {
			const before = (await listTools(t.db, keeper)).length;
			const saved = await saveTool(t.db, keeper, null, raw({ name: 'Kapot', url: 'javascript:alert(1)', groupMin: '-3' }), 'nl');
			expect(saved).toEqual({ ok: false, errors: { url: 'Geef een link die begint met https:// of http://.', groupMin: 'Geef een heel getal, of laat het leeg.' } });
			expect(await listTools(t.db, keeper)).toHaveLength(before);
		});

		it('lets only keepers change the catalogue', async () => {
			await expect(saveTool(t.db, teacher, null, raw({ name: 'Door Tim' }), 'nl')).rejects.toMatchObject({ status: 403 });
			await expect(importTools(t.db, teacher, bytes(`${HEADER}\n`), 'nl')).rejects.toMatchObject({ status: 403 });
		});

		it('does not show a tool to another institution', async () => {
			const [tool] = await listTools(t.db, keeper);
			await expect(toolForUser(t.db, elsewhere, tool!.id)).rejects.toMatchObject({ status: 404 });
			expect(await listTools(t.db, elsewhere)).toEqual([]);
		});

		it('audits a change with the names of the fields that changed, and nothing when nothing did', async () => {
			const id = (await saveTool(t.db, keeper, null, raw({ name: 'Wooclap' }), 'nl')) as { ok: true; id: string };
			await saveTool(t.db, keeper, id.id, raw({ name: 'Wooclap', privacy: 'pending', groupMax: '300' }), 'nl');
			await saveTool(t.db, keeper, id.id, raw({ name: 'Wooclap', privacy: 'pending', groupMax: '300' }), 'nl');
			expect(await auditOf(id.id)).toEqual([
				{ action: 'create', fields: '', via: 'system' },
				{ action: 'update', fields: 'group_max,privacy', via: 'system' }
			]);
		});

		it('imports new tools and updates the one with the same name, audited as an import', async () => {
			const file = `${HEADER}\nMentimeter;https://www.mentimeter.com;discussion|acquisition;sync;institution;all;agreement;partly;https://www.mentimeter.com/a11y;2;500\nwooclap;https://www.wooclap.com;Discussiëren;Synchroon (samen op hetzelfde moment);Gratis;all;agreement;unknown;;;\n`;
			expect(await importTools(t.db, keeper, bytes(file), 'nl')).toEqual({ ok: true, created: 1, updated: 1 });
			const tools = await listTools(t.db, keeper);
			const wooclap = tools.find((x) => x.name === 'wooclap')!;
			expect(wooclap).toMatchObject({ licence: 'free', synchrony: 'sync', learningTypes: ['discussion'], groupMax: null, contactName: 'Sam de Vries' });
			expect((await auditOf(wooclap.id)).at(-1)).toMatchObject({ action: 'update', via: 'import' });
		});

		it('refuses a whole file for one bad row, naming every problem with its line and column', async () => {
			const before = await exportTools(t.db, keeper);
			const file = `${HEADER}\nNieuw;https://nieuw.example;practice;async;free;all;none;unknown;;;\nKapot;ftp://x;dansen;soms;free;all;none;meets;;40;30\nnieuw;https://nieuw.example;practice;async;free;all;none;unknown;;;\n`;
			const result = await importTools(t.db, keeper, bytes(file), 'en');
			expect(result.ok).toBe(false);
			const problems = (result as { problems: { line: number | null; column: string | null }[] }).problems.map((p) => [p.line, p.column]);
			expect(problems).toEqual(expect.arrayContaining([[3, 'url'], [3, 'learning_types'], [3, 'synchrony']]));
			expect(await exportTools(t.db, keeper)).toBe(before);
		});

		it('finds problems only the catalogue can show: an unknown id, a name twice, a rename onto another tool, a cross-field rule', async () => {
			const [first, second] = await listTools(t.db, keeper);
			const header = 'id;name;url;learning_types;synchrony;licence;availability;privacy;accessibility;accessibility_url';
			const file = [
				header,
				`00000000-0000-4000-8000-000000000000;Onbekend;https://x.example;practice;sync;free;all;none;unknown;`,
				`${first!.id};${second!.name};https://x.example;practice;sync;free;all;none;unknown;`,
				`;Dubbel;https://x.example;practice;sync;free;all;none;unknown;`,
				`;dubbel;https://x.example;practice;sync;free;all;none;unknown;`,
				`;Geen verklaring;https://x.example;practice;sync;free;all;none;meets;`
			].join('\r\n');
			const result = await importTools(t.db, keeper, bytes(file), 'nl');
			expect(result.ok).toBe(false);
			expect((result as { problems: { line: number | null; column: string | null }[] }).problems.map((p) => [p.line, p.column])).toEqual([
				[2, 'id'],
				[3, 'name'],
				[5, 'name'],
				[6, 'accessibility_url']
			]);
		});

		it('reads its own export back without a change', async () => {
			const csv = await exportTools(t.db, keeper);
			expect(await importTools(t.db, keeper, bytes(csv), 'nl')).toEqual({ ok: true, created: 0, updated: 0 });
			expect(await exportTools(t.db, keeper)).toBe(csv);
		});

		it('keeps what a tool has in the columns a file leaves out', async () => {
			const file = 'name;url;learning_types;synchrony;licence;availability;privacy;accessibility\nMentimeter;https://www.mentimeter.com;discussion;sync;institution;all;agreement;partly\n';
			expect(await importTools(t.db, keeper, bytes(file), 'nl')).toEqual({ ok: true, created: 0, updated: 1 });
			const menti = (await listTools(t.db, keeper)).find((x) => x.name === 'Mentimeter')!;
			expect(menti).toMatchObject({ learningTypes: ['discussion'], groupMin: 2, groupMax: 500, accessibilityUrl: 'https://www.mentimeter.com/a11y' });
		});

		it('deletes a tool with its scores, for a keeper only', async () => {
			const tool = (await listTools(t.db, keeper)).find((x) => x.name === 'Padlet')!;
			const rubric = await toolRubric(t.db, keeper.institutionId);
			const form = new URLSearchParams(factorsOf(rubric).map(({ factor }) => [`level.${factor.key}`, '2']));
			expect(await saveRating(t.db, { institutionId: keeper.institutionId, kind: 'tool', subjectId: tool.id, raterId: teacher.id, instrument: rubric, form, language: 'nl' })).toEqual({ ok: true });
			expect((await rubricSummaries(t.db, keeper.institutionId, rubric)).get(tool.id)).toMatchObject({ raters: 1, mean: 2 });
			await expect(deleteTool(t.db, teacher, tool.id, 'nl')).rejects.toMatchObject({ status: 403 });
			await deleteTool(t.db, keeper, tool.id, 'nl');
			expect(await ratingsOf(t.db, keeper.institutionId, 'tool', tool.id)).toEqual([]);
			await expect(toolForUser(t.db, keeper, tool.id)).rejects.toMatchObject({ status: 404 });
			expect((await auditOf(tool.id)).at(-1)).toMatchObject({ action: 'delete' });
		});
	});
}
