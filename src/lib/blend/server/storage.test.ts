import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DIALECTS, openTestDb, type TestDb } from '$lib/server/db/test-db';
import { InProcessBus } from '$lib/server/events/bus';
import * as institutions from '$lib/accounts/server/data/institutions';
import * as users from '$lib/accounts/server/data/users';
import type { User } from '$lib/accounts/server/data/users';
import * as designs from './designs';
import * as courseDesigns from './data/course-designs';
import * as presence from './data/design-presence';
import { DESIGN_TEMPLATES } from '$lib/blend/data/templates';
import { summariseBlend } from '$lib/blend/design';

const example = DESIGN_TEMPLATES.find((t) => t.key === 'voorbeeld-onderzoek')!.design.nl;
const details = { title: 'Praktijkgericht onderzoek', period: 'Periode 2', studyLoad: { unit: 'ec' as const, amount: 5 }, weeks: 8, outcomes: [], unitId: null };

for (const dialect of DIALECTS) {
	describe(`course designs on ${dialect}`, () => {
		let t: TestDb;
		let bus: InProcessBus;
		let ada: User;
		let other: User;

		beforeAll(async () => {
			t = await openTestDb(dialect);
			bus = new InProcessBus(t);
			const institutionId = (await institutions.create(t.db, 'Hogeschool Test')).id;
			const elsewhere = (await institutions.create(t.db, 'Universiteit Elders')).id;
			ada = await users.create(t.db, { institutionId, email: 'ada@example.nl', name: 'Ada', passwordHash: 'x', role: 'facilitator' });
			other = await users.create(t.db, { institutionId: elsewhere, email: 'bo@example.nl', name: 'Bo', passwordHash: 'x', role: 'admin' });
		});
		afterAll(async () => {
			await bus.close();
			await t.destroy();
		});

		it('stores a design made from the example template whole, with its activities serving the new outcomes', async () => {
			const id = await designs.create(t.db, ada, details, example);
			const open = await designs.openDesign(t.db, await designs.designForUser(t.db, ada, id));
			expect(open.design.activities.map((a) => a.title)).toEqual(example.activities.map((a) => a.title));
			expect(open.design.outcomes.map((o) => o.text)).toEqual(example.outcomes.map((o) => o.text));
			expect(open.design.outcomes.map((o) => o.id)).not.toContain('o1');
			const env = open.environments.map((e) => e.id);
			expect(summariseBlend(open.design, env).load).toEqual(summariseBlend(example, env).load);
			expect(summariseBlend(open.design, env).uncoveredOutcomes).toEqual([]);
			expect(summariseBlend(open.design, env).environments.map((s) => s.hours)).toEqual([81, 18, 21, 16]);
			expect(open.design.activities[4]).toMatchObject({ weeks: [3], hours: 4, teacherRole: 'feedback', learningType: 'practice' });
		});

		it('does not open a design of another institution', async () => {
			const id = await designs.create(t.db, ada, details);
			await expect(designs.designForUser(t.db, other, id)).rejects.toMatchObject({ status: 404 });
		});

		it('keeps both versions when two colleagues edit one activity at once', async () => {
			const id = await designs.create(t.db, ada, details, example);
			const [first] = (await designs.openDesign(t.db, await designs.designForUser(t.db, ada, id))).activities;
			const { id: activityId, revision, ...rest } = first!;
			expect(await designs.editActivity(bus, id, activityId, revision, { ...rest, title: 'Versie van Ada' })).toEqual({ kind: 'saved' });
			const clash = await designs.editActivity(bus, id, activityId, revision, { ...rest, title: 'Versie van Bo' });
			expect(clash.kind).toBe('clash');
			const titles = (await designs.openDesign(t.db, await designs.designForUser(t.db, ada, id))).activities.map((a) => a.title);
			expect(titles.slice(0, 3)).toEqual(['Versie van Ada', 'Versie van Bo', example.activities[1]!.title]);
		});

		it('brings an edit of an activity a colleague deleted back at the end', async () => {
			const id = await designs.create(t.db, ada, details, example);
			const [first] = (await designs.openDesign(t.db, await designs.designForUser(t.db, ada, id))).activities;
			const { id: activityId, revision, ...rest } = first!;
			expect(await designs.removeActivity(bus, id, activityId)).toBe(true);
			expect((await designs.editActivity(bus, id, activityId, revision, { ...rest, title: 'Toch nodig' })).kind).toBe('gone');
			const list = (await designs.openDesign(t.db, await designs.designForUser(t.db, ada, id))).activities;
			expect(list).toHaveLength(12);
			expect(list.at(-1)?.title).toBe('Toch nodig');
		});

		it('reorders by one place and by dropping, and duplicates right after the original', async () => {
			const id = await designs.create(t.db, ada, details, example);
			const ids = async () => (await designs.openDesign(t.db, await designs.designForUser(t.db, ada, id))).activities.map((a) => a.id);
			const [a, b, c] = await ids();
			await designs.reorderActivity(bus, id, b!, { by: -1 });
			expect((await ids()).slice(0, 3)).toEqual([b, a, c]);
			await designs.reorderActivity(bus, id, b!, { position: 11 });
			expect((await ids()).at(-1)).toBe(b);
			const copy = await designs.duplicateActivity(bus, id, a!);
			expect(copy.ok).toBe(true);
			const after = await ids();
			expect(after).toHaveLength(13);
			expect(after[1]).toBe(copy.ok ? copy.id : '');
		});

		it('keeps an outcome’s activities when the outcome is reworded in its place, and publishes every change', async () => {
			const id = await designs.create(t.db, ada, details, example);
			const before = await designs.openDesign(t.db, await designs.designForUser(t.db, ada, id));
			const seen: number[] = [];
			const stop = bus.subscribe(designs.designChannel(id), 0, (e) => seen.push(e.id));
			const texts = before.design.outcomes.map((o, i) => (i === 0 ? 'Herschreven leeruitkomst' : o.text));
			await designs.saveDetails(bus, id, { ...details, outcomes: texts });
			const after = await designs.openDesign(t.db, await designs.designForUser(t.db, ada, id));
			expect(after.design.outcomes[0]).toEqual({ id: before.design.outcomes[0]!.id, text: 'Herschreven leeruitkomst' });
			expect(after.record.revision).toBeGreaterThan(before.record.revision);
			// One change, one event: delivered after the commit.
			await vi.waitFor(() => expect(seen.length).toBe(1));
			stop();
			// The audit trail names the parts that changed, never their text.
			const trail = await t.db.selectFrom('audit_event').select(['action', 'fields']).where('object_id', '=', id).orderBy('id').execute();
			expect(trail.map((e) => [e.action, e.fields])).toEqual([
				['create', ''],
				['update', 'details,outcomes']
			]);
		});

		it('joins two answers to one principle written at once, and opens a design by its read-only link only while it exists', async () => {
			const id = await designs.create(t.db, ada, details);
			expect(await designs.saveAnswer(bus, id, 'werkveld', 0, 'Eerste', '— —')).toBe('saved');
			expect(await designs.saveAnswer(bus, id, 'werkveld', 0, 'Tweede', '— —')).toBe('clash');
			const open = await designs.openDesign(t.db, await designs.designForUser(t.db, ada, id));
			expect(open.answers).toEqual([{ principleKey: 'werkveld', text: 'Eerste\n— —\nTweede', revision: 2 }]);

			const token = await designs.createReadLink(t.db, { id, institutionId: ada.institutionId });
			expect((await designs.designForReadToken(t.db, token))?.id).toBe(id);
			await designs.revokeReadLink(t.db, { id, institutionId: ada.institutionId });
			expect(await designs.designForReadToken(t.db, token)).toBeUndefined();
		});

		it('names who else has a design open, once per person, until their stream ends', async () => {
			const id = await designs.create(t.db, ada, details);
			const bo = await users.create(t.db, { institutionId: ada.institutionId, email: `bo-${dialect}@example.nl`, name: 'Bo', passwordHash: 'x', role: 'facilitator' });
			const first = await presence.open(t.db, id, bo.id);
			const second = await presence.open(t.db, id, bo.id);
			await presence.open(t.db, id, ada.id);
			expect(await presence.names(t.db, id, ada.id)).toEqual(['Bo']);
			await presence.close(t.db, first);
			expect(await presence.names(t.db, id, ada.id)).toEqual(['Bo']);
			await presence.close(t.db, second);
			expect(await presence.names(t.db, id, ada.id)).toEqual([]);
			await presence.open(t.db, id, bo.id);
			expect(await presence.names(t.db, id, ada.id, new Date(Date.now() + (presence.STALE_HOURS + 1) * 3600_000))).toEqual([]);
		});

		it('deletes designs untouched past the retention period, and nothing newer', async () => {
			const id = await designs.create(t.db, ada, details);
			expect(await courseDesigns.removeStale(t.db, ada.institutionId, new Date(Date.now() - 60_000))).toBe(0);
			expect(await courseDesigns.removeStale(t.db, ada.institutionId, new Date(Date.now() + 60_000))).toBeGreaterThan(0);
			expect(await courseDesigns.getInInstitution(t.db, ada.institutionId, id)).toBeUndefined();
		});
	});
}
