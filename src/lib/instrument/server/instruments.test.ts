import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, openTestDb, type TestDb } from '$lib/server/db/test-db';
import * as institutions from '$lib/accounts/server/data/institutions';
import * as users from '$lib/accounts/server/data/users';
import * as scans from '$lib/scan/server/data/scans';
import * as versions from './data/instrument-versions';
import { currentInstrumentFor, currentVersionFor, draftFor, discardDraft, instrumentFor, publishDraft, saveDraft, startDraft, versionsFor } from './instruments';
import { DEFAULT_INSTRUMENT_KEY, ROOM_INSTRUMENT_KEY, TOOL_RUBRIC_KEY, defaultInstrument } from '$lib/instrument';
import { findFactor } from '$lib/instrument/schema';
import { addQuestion, renameFactor } from '$lib/instrument/edit';

const KEY = DEFAULT_INSTRUMENT_KEY;

for (const dialect of DIALECTS) {
	describe(`instrument versions on ${dialect}`, () => {
		let t: TestDb;
		let institutionId: string;
		let otherInstitutionId: string;
		let userId: string;

		beforeAll(async () => {
			t = await openTestDb(dialect);
			institutionId = (await institutions.create(t.db, 'Hogeschool Eigen')).id;
			otherInstitutionId = (await institutions.create(t.db, 'Universiteit Standaard')).id;
			userId = (await users.create(t.db, { institutionId, email: 'beheer@eigen.nl', name: 'Bea', passwordHash: 'x', role: 'admin' })).id;
		});
		afterAll(async () => {
			await t.destroy();
		});

		const startScan = async (title: string) => {
			const instrument = await currentInstrumentFor(t.db, institutionId);
			return scans.create(t.db, {
				institutionId,
				unitId: null,
				level: 'institution',
				title,
				instrumentKey: instrument.key,
				instrumentVersion: instrument.version,
				createdBy: userId
			});
		};
		const instrumentOfScan = async (scanId: string) => {
			const scan = (await scans.getInInstitution(t.db, institutionId, scanId))!;
			const instrument = (await instrumentFor(t.db, institutionId, scan.instrumentKey, scan.instrumentVersion, scan.ownInstrument))!;
			// The scan says whether its version is the institution's own; asked without that, the database answers the same.
			expect(await instrumentFor(t.db, institutionId, scan.instrumentKey, scan.instrumentVersion)).toEqual(instrument);
			return instrument;
		};

		it('shows a scan stored on shipped version 1 the corrected texts under the same factor keys, so its answers still fit', async () => {
			// Text corrections to a shipped version are made in place (decision record 0039): stored scans name factors by key only.
			const instrument = await instrumentOfScan(await startScan('Voor de correcties'));
			expect(instrument.version).toBe(1);
			expect(findFactor(instrument, 'implementatie')!.factor.descriptors[1].nl).toBe('Onderwijsteams en bestuurders implementeren blended leren op curriculum- of programmaniveau.');
			expect(findFactor(instrument, 'onderwijslogistiek')!.factor.descriptors[1].nl).toContain('rooster- en administratiesystemen');
			expect(instrument.categories.flatMap((c) => c.factors.map((f) => f.key))).toEqual(defaultInstrument().categories.flatMap((c) => c.factors.map((f) => f.key)));
		});

		it('uses the shipped instrument until the institution publishes its own', async () => {
			expect(await currentInstrumentFor(t.db, institutionId)).toEqual(defaultInstrument());
			expect(await versionsFor(t.db, institutionId)).toEqual([{ version: 1, origin: 'shipped', publishedAt: null }]);
		});

		it('keeps an earlier scan on its version while a later scan gets the renamed factor', async () => {
			const earlier = await startScan('Voor de wijziging');
			expect(await startDraft(t.db, institutionId)).toBe(true);
			expect(await startDraft(t.db, institutionId)).toBe(false);
			const draft = (await draftFor(t.db, institutionId))!;
			expect(draft.basedOnVersion).toBe(1);
			const renamed = renameFactor(draft.instrument, 'doelstellingen', { nl: 'Doelen van ons onderwijs', en: 'Aims of our education' });
			expect((await saveDraft(t.db, institutionId, renamed, 'nl')).ok).toBe(true);
			expect(await publishDraft(t.db, institutionId, userId)).toBe(2);
			expect(await draftFor(t.db, institutionId)).toBeUndefined();
			const later = await startScan('Na de wijziging');

			expect((await scans.getInInstitution(t.db, institutionId, earlier))?.ownInstrument).toBe(false);
			expect((await scans.getInInstitution(t.db, institutionId, later))?.ownInstrument).toBe(true);
			expect(findFactor(await instrumentOfScan(earlier), 'doelstellingen')?.factor.name.nl).toBe('Doelstellingen blended leren');
			const laterInstrument = await instrumentOfScan(later);
			expect(laterInstrument.version).toBe(2);
			expect(findFactor(laterInstrument, 'doelstellingen')?.factor.name.nl).toBe('Doelen van ons onderwijs');
			// Another institution still gets the shipped instrument.
			expect((await currentInstrumentFor(t.db, otherInstitutionId)).version).toBe(1);
			expect(await instrumentFor(t.db, otherInstitutionId, KEY, 2)).toBeUndefined();
		});

		it('never changes a published version when the next draft is edited and published', async () => {
			const before = await versions.get(t.db, institutionId, KEY, 2);
			await startDraft(t.db, institutionId);
			const draft = (await draftFor(t.db, institutionId))!;
			expect(draft.basedOnVersion).toBe(2);
			await saveDraft(t.db, institutionId, renameFactor(draft.instrument, 'doelstellingen', { nl: 'Nog anders', en: 'Different again' }), 'en');
			expect(await publishDraft(t.db, institutionId, userId)).toBe(3);
			// New scans use version 3 at once; reading it again does not validate it again.
			const current = await currentInstrumentFor(t.db, institutionId);
			expect(current.version).toBe(3);
			expect(await currentInstrumentFor(t.db, institutionId)).toBe(current);
			expect(await instrumentFor(t.db, institutionId, KEY, 3)).toBe(current);
			expect(await versions.get(t.db, institutionId, KEY, 2)).toEqual(before);
			expect((await versionsFor(t.db, institutionId)).map((v) => [v.version, v.origin])).toEqual([
				[1, 'shipped'],
				[2, 'own'],
				[3, 'own']
			]);
		});

		it('stores nothing when a draft is invalid, and keeps the valid draft that was there', async () => {
			await startDraft(t.db, institutionId);
			const valid = (await draftFor(t.db, institutionId))!;
			const broken = structuredClone(valid.instrument) as unknown as { categories: Array<{ factors: Array<{ key: string }> }> };
			broken.categories[1]!.factors[0]!.key = 'doelstellingen';
			const result = await saveDraft(t.db, institutionId, broken, 'nl');
			expect(result).toEqual({ ok: false, errors: ['categories[1].factors[0].key: sleutel “doelstellingen” wordt twee keer gebruikt'] });
			expect(await draftFor(t.db, institutionId)).toEqual(valid);
			expect(await discardDraft(t.db, institutionId)).toBe(true);
			expect(await discardDraft(t.db, institutionId)).toBe(false);
		});

		it('publishes a draft once when two admins publish it at the same time', async () => {
			await startDraft(t.db, institutionId);
			const results = await Promise.all([publishDraft(t.db, institutionId, userId), publishDraft(t.db, institutionId, userId)]);
			expect(results.filter((r) => r !== undefined)).toEqual([4]);
			expect((await versions.list(t.db, institutionId, KEY)).map((v) => v.version)).toEqual([2, 3, 4]);
		});
	
		it('versions each rubric on its own: a published tool rubric leaves the room instrument and the self-scan as they were', async () => {
			const before = await currentInstrumentFor(t.db, institutionId);
			expect(await startDraft(t.db, institutionId, TOOL_RUBRIC_KEY)).toBe(true);
			expect(await draftFor(t.db, institutionId, ROOM_INSTRUMENT_KEY)).toBeUndefined();
			const draft = (await draftFor(t.db, institutionId, TOOL_RUBRIC_KEY))!;
			const first = draft.instrument.categories[0]!.factors[0]!;
			expect((await saveDraft(t.db, institutionId, renameFactor(draft.instrument, first.key, { nl: 'Doel', en: 'Goal' }), 'nl', TOOL_RUBRIC_KEY)).ok).toBe(true);
			expect(await publishDraft(t.db, institutionId, userId, TOOL_RUBRIC_KEY)).toBe(2);
			const tools = await currentVersionFor(t.db, institutionId, TOOL_RUBRIC_KEY);
			expect([tools.own, tools.instrument.version, tools.instrument.categories[0]!.factors[0]!.name.nl]).toEqual([true, 2, 'Doel']);
			expect(await currentVersionFor(t.db, institutionId, ROOM_INSTRUMENT_KEY)).toEqual(expect.objectContaining({ own: false }));
			expect(await currentVersionFor(t.db, otherInstitutionId, TOOL_RUBRIC_KEY)).toEqual(expect.objectContaining({ own: false }));
			expect(await currentInstrumentFor(t.db, institutionId)).toEqual(before);
			expect((await versionsFor(t.db, institutionId, TOOL_RUBRIC_KEY)).map((v) => [v.version, v.origin])).toEqual([
				[1, 'shipped'],
				[2, 'own']
			]);
		});

		it('refuses own questions or another instrument in a rubric’s draft, and stores nothing', async () => {
			await startDraft(t.db, institutionId, ROOM_INSTRUMENT_KEY);
			const draft = (await draftFor(t.db, institutionId, ROOM_INSTRUMENT_KEY))!;
			const asked = addQuestion(draft.instrument, { key: 'waarom', kind: 'text', text: { nl: 'Waarom?', en: 'Why?' } });
			expect(await saveDraft(t.db, institutionId, asked, 'en', ROOM_INSTRUMENT_KEY)).toEqual({ ok: false, errors: ['questions: A rubric has no own questions; leave out “questions” or make the list empty.'] });
			const other = await saveDraft(t.db, institutionId, defaultInstrument(), 'en', ROOM_INSTRUMENT_KEY);
			expect(other.ok ? [] : other.errors[0]).toMatch(/^key: This file is a version of .*zelfscan-blended-leren/);
			expect(await draftFor(t.db, institutionId, ROOM_INSTRUMENT_KEY)).toEqual(draft);
			expect(await discardDraft(t.db, institutionId, ROOM_INSTRUMENT_KEY)).toBe(true);
		});
	});
}
