import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { DIALECTS, openTestDb, type TestDb } from '$lib/server/db/test-db';
import * as institutions from '$lib/accounts/server/data/institutions';
import * as users from '$lib/accounts/server/data/users';
import type { User } from '$lib/accounts/server/data/users';
import * as audit from '$lib/audit/server/data/audit';
import { titles, objectKey } from '$lib/audit/server/titles';
import { latestInstrument, ROOM_INSTRUMENT_KEY, TOOL_RUBRIC_KEY } from '$lib/instrument';
import { format, messages } from '$lib/i18n';
import { eraseInstitution } from '$lib/accounts/server/erase-institution';
import { summarize } from '../rating';
import { ratingsOf, ratingsOfKind, removeRatingsOf, saveRating } from './ratings';

const rooms = latestInstrument(ROOM_INSTRUMENT_KEY)!;
const tools = latestInstrument(TOOL_RUBRIC_KEY)!;
const form = (fields: Record<string, string | string[]>) => {
	const params = new URLSearchParams();
	for (const [name, value] of Object.entries(fields)) for (const v of [value].flat()) params.append(name, v);
	return params;
};

for (const dialect of DIALECTS) {
	describe(`ratings on ${dialect}`, () => {
		let t: TestDb;
		let institutionId: string;
		let elsewhere: string;
		let ada: User;
		let bo: User;
		let cor: User;
		const save = (rater: User, subjectId: string, fields: Record<string, string | string[]>, language: 'nl' | 'en' = 'nl') =>
			saveRating(t.db, { institutionId: rater.institutionId, kind: 'room', subjectId, raterId: rater.id, instrument: rooms, form: form(fields), language });

		beforeAll(async () => {
			t = await openTestDb(dialect);
			institutionId = (await institutions.create(t.db, 'Hogeschool Test')).id;
			elsewhere = (await institutions.create(t.db, 'Universiteit Elders')).id;
			ada = await users.create(t.db, { institutionId, email: 'ada@example.nl', name: 'Ada', passwordHash: 'x', role: 'facilitator' });
			bo = await users.create(t.db, { institutionId, email: 'bo@example.nl', name: 'Bo', passwordHash: 'x', role: 'admin' });
			cor = await users.create(t.db, { institutionId: elsewhere, email: 'cor@example.nl', name: 'Cor', passwordHash: 'x', role: 'admin' });
		});
		afterAll(async () => {
			await t.destroy();
		});

		it('stores two people’s ratings of a room and reads them back with their names, for the summary', async () => {
			const room = randomUUID();
			expect(await save(ada, room, { 'level.licht': '1', 'note.licht': 'Te donker achterin', 'level.klimaat': '2', 'level.hybride': '' })).toEqual({ ok: true });
			expect(await save(bo, room, { 'level.licht': '3', 'level.klimaat': '2', 'note.hybride': 'Geen camera' })).toEqual({ ok: true });
			const ratings = await ratingsOf(t.db, institutionId, 'room', room);
			expect(ratings.map((r) => r.raterName)).toEqual(['Ada', 'Bo']);
			expect(ratings[0]).toMatchObject({ raterId: ada.id, instrumentKey: ROOM_INSTRUMENT_KEY, instrumentVersion: rooms.version });
			expect(ratings[0]!.scores).toEqual([
				{ criterion: 'klimaat', level: 2, note: '' },
				{ criterion: 'licht', level: 1, note: 'Te donker achterin' }
			]);
			expect(ratings[1]!.scores).toContainEqual({ criterion: 'hybride', level: null, note: 'Geen camera' });
			const summary = summarize(rooms, ratings);
			const licht = summary.criteria.find((c) => c.criterion === 'licht')!;
			expect(licht).toMatchObject({ counts: [1, 0, 1], median: 2, disagreement: true });
			expect(summary.needsImprovement).toEqual(['licht']);
		});

		it('replaces a rater’s earlier rating instead of adding a second, and audits what changed by field name only', async () => {
			const room = randomUUID();
			await save(ada, room, { 'level.licht': '1', 'note.licht': 'Geheim oordeel' });
			const first = (await ratingsOf(t.db, institutionId, 'room', room))[0]!;
			await save(ada, room, { 'level.licht': '2', 'level.meubilair': '3' });
			const ratings = await ratingsOf(t.db, institutionId, 'room', room);
			expect(ratings).toHaveLength(1);
			expect(ratings[0]!.id).toBe(first.id);
			expect(ratings[0]!.scores).toEqual([
				{ criterion: 'licht', level: 2, note: '' },
				{ criterion: 'meubilair', level: 3, note: '' }
			]);
			const { events } = await audit.list(t.db, institutionId, { objectKind: 'rating' }, 1, 50);
			const mine = events.filter((e) => e.objectId === first.id);
			expect(mine.map((e) => e.action).sort()).toEqual(['create', 'update']);
			expect(mine.find((e) => e.action === 'update')!.fields).toEqual(['level.licht', 'level.meubilair', 'note.licht']);
			expect(JSON.stringify(mine)).not.toContain('Geheim');
			expect((await titles(t.db, institutionId, mine)).get(objectKey('rating', first.id))).toBe('room: Ada');
		});

		it('records no audit entry when a rating is saved again unchanged', async () => {
			const room = randomUUID();
			await save(bo, room, { 'level.fysiek': '3' });
			await save(bo, room, { 'level.fysiek': '3' });
			const id = (await ratingsOf(t.db, institutionId, 'room', room))[0]!.id;
			const { events } = await audit.list(t.db, institutionId, { objectKind: 'rating' }, 1, 50);
			expect(events.filter((e) => e.objectId === id)).toHaveLength(1);
		});

		it('refuses an unknown criterion, a level outside 1–3 and a note over 2000 characters, each with its own message, and stores nothing', async () => {
			const room = randomUUID();
			const result = await save(ada, room, { 'level.licht': '4', 'level.zwembad': '2', 'note.klimaat': 'x'.repeat(2001), 'level.meubilair': '2', 'level.fysiek': ['1', '2'] }, 'en');
			const e = messages('en').rating.errors;
			expect(result).toEqual({
				ok: false,
				errors: {
					'level.licht': e.level,
					'level.zwembad': e.unknownCriterion,
					'note.klimaat': format(e.noteTooLong, { length: 2001, max: 2000 }),
					'level.fysiek': e.twice
				}
			});
			expect(await ratingsOf(t.db, institutionId, 'room', room)).toEqual([]);
		});

		it('refuses levels written as other numbers (“1.0”, “ 2x”, “-1”) in Dutch', async () => {
			const room = randomUUID();
			const result = await save(ada, room, { 'level.licht': '1.0', 'level.klimaat': '2x', 'level.meubilair': '-1' });
			expect(result.ok).toBe(false);
			if (!result.ok) expect(Object.values(result.errors)).toEqual([messages('nl').rating.errors.level, messages('nl').rating.errors.level, messages('nl').rating.errors.level]);
		});

		it('refuses a form that scores nothing and writes no note, and keeps the earlier rating', async () => {
			const room = randomUUID();
			await save(ada, room, { 'level.licht': '2' });
			expect(await save(ada, room, { 'level.licht': '', 'note.licht': '   ', other: 'route field' })).toEqual({ ok: false, errors: { form: messages('nl').rating.errors.nothing } });
			expect((await ratingsOf(t.db, institutionId, 'room', room))[0]!.scores).toEqual([{ criterion: 'licht', level: 2, note: '' }]);
		});

		it('accepts a note of exactly 2000 characters', async () => {
			const room = randomUUID();
			expect(await save(ada, room, { 'note.licht': 'y'.repeat(2000) })).toEqual({ ok: true });
		});

		it('gives every room’s ratings by room, leaving out tools and other institutions', async () => {
			const [r1, r2] = [randomUUID(), randomUUID()];
			const kindDb = await openTestDb(dialect);
			try {
				const inst = (await institutions.create(kindDb.db, 'Apart')).id;
				const x = await users.create(kindDb.db, { institutionId: inst, email: 'x@example.nl', name: 'Xan', passwordHash: 'x', role: 'admin' });
				const y = await users.create(kindDb.db, { institutionId: inst, email: 'y@example.nl', name: 'Yas', passwordHash: 'x', role: 'facilitator' });
				const other = await institutions.create(kindDb.db, 'Ander');
				const z = await users.create(kindDb.db, { institutionId: other.id, email: 'z@example.nl', name: 'Zo', passwordHash: 'x', role: 'admin' });
				const put = (u: User, kind: 'room' | 'tool', subject: string, fields: Record<string, string>) =>
					saveRating(kindDb.db, { institutionId: u.institutionId, kind, subjectId: subject, raterId: u.id, instrument: kind === 'room' ? rooms : tools, form: form(fields), language: 'nl' });
				await put(x, 'room', r1, { 'level.licht': '1' });
				await put(y, 'room', r1, { 'level.licht': '3' });
				await put(x, 'room', r2, { 'level.klimaat': '2' });
				await put(x, 'tool', r1, { 'level.mobiel': '2' });
				await put(z, 'room', r1, { 'level.licht': '2' });
				const byRoom = await ratingsOfKind(kindDb.db, inst, 'room');
				expect([...byRoom.keys()].sort()).toEqual([r1, r2].sort());
				expect(byRoom.get(r1)!.map((r) => r.raterName)).toEqual(['Xan', 'Yas']);
				expect(byRoom.get(r2)!.map((r) => r.scores)).toEqual([[{ criterion: 'klimaat', level: 2, note: '' }]]);
				expect((await ratingsOfKind(kindDb.db, inst, 'tool')).get(r1)![0]!.scores).toEqual([{ criterion: 'mobiel', level: 2, note: '' }]);
			} finally {
				await kindDb.destroy();
			}
		});

		it('does not show a subject’s ratings to another institution', async () => {
			const room = randomUUID();
			await save(ada, room, { 'level.licht': '2' });
			expect(await ratingsOf(t.db, elsewhere, 'room', room)).toEqual([]);
			await save(cor, room, { 'level.licht': '1' });
			expect((await ratingsOf(t.db, institutionId, 'room', room)).map((r) => r.raterName)).toEqual(['Ada']);
		});

		it('removes a subject’s ratings with their scores in the caller’s transaction, and no other subject’s', async () => {
			const [gone, stays] = [randomUUID(), randomUUID()];
			await save(ada, gone, { 'level.licht': '2' });
			await save(bo, gone, { 'level.licht': '3' });
			await save(ada, stays, { 'level.licht': '1' });
			await t.db.transaction().execute((trx) => removeRatingsOf(trx, institutionId, 'room', gone));
			expect(await ratingsOf(t.db, institutionId, 'room', gone)).toEqual([]);
			expect(await ratingsOf(t.db, institutionId, 'room', stays)).toHaveLength(1);
			const orphans = await t.db.selectFrom('rating_score').leftJoin('rating', 'rating.id', 'rating_score.rating_id').select('rating_score.rating_id').where('rating.id', 'is', null).execute();
			expect(orphans).toEqual([]);
		});

		it('lets the database refuse a level outside 1–3 even when code would write one', async () => {
			const room = randomUUID();
			await save(ada, room, { 'level.licht': '2' });
			const id = (await ratingsOf(t.db, institutionId, 'room', room))[0]!.id;
			await expect(t.db.insertInto('rating_score').values({ rating_id: id, criterion_key: 'klimaat', level: 4, note: '' }).execute()).rejects.toThrow();
		});

		it('goes with its rater and with its institution', async () => {
			const room = randomUUID();
			const dee = await users.create(t.db, { institutionId, email: 'dee@example.nl', name: 'Dee', passwordHash: 'x', role: 'facilitator' });
			await save(dee, room, { 'level.licht': '2' });
			await users.destroy(t.db, institutionId, dee.id);
			expect(await ratingsOf(t.db, institutionId, 'room', room)).toEqual([]);
			await save(cor, room, { 'level.licht': '1' });
			expect(await eraseInstitution(t.db, elsewhere)).toBe(true);
			expect(await t.db.selectFrom('rating').select('id').where('institution_id', '=', elsewhere).execute()).toEqual([]);
		});
	});
}
