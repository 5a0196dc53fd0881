// Answers saved at the same moment share one commit on SQLite (decision record 0058): over HTTP,
// each is answered only once it is stored, and a refused one costs the others nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages } from '$lib/i18n';
import { createScan, setupFirstAdmin, startAppWithDb, type App, type Client } from './http';

const FACTORS = ['doelstellingen', 'belangenbehartiging', 'definitie', 'beleid', 'implementatie', 'infrastructuur', 'modellen', 'onderwijsruimtes', 'onderwijslogistiek', 'aansturing', 'evaluatie', 'technische-ondersteuning', 'didactische-ondersteuning', 'professionalisering', 'stimuleringsstructuur'];

describe('answers saved at the same moment (SQLite, group commit)', () => {
	let app: App;
	let admin: Client;
	let scanId: string;

	beforeAll(async () => {
		app = await startAppWithDb();
		admin = await setupFirstAdmin(app.url, { institution: 'Hogeschool Samen', name: 'Sam', email: 'sam@samen.nl', password: 'een lange zin voor de test' });
		scanId = await createScan(admin, { title: 'Samen', level: 'institution' });
	});
	afterAll(() => app?.stop());

	const stored = async (factor: string) =>
		app.db.selectFrom('scan_answer').select(['current_phase', 'needed']).where('scan_id', '=', scanId).where('factor_key', '=', factor).executeTakeFirst();

	it('answers each of fifteen concurrent saves only when its answer can be read back, and refuses a bad one among them with its message', async () => {
		const bad = admin.action(`/scans/${scanId}?/answer`, { factor: 'beleid', current: '9', desired: '3', needed: 'Te hoog', seq: '100' });
		const saves = FACTORS.map((factor, i) =>
			admin.action(`/scans/${scanId}?/answer`, { factor, current: String((i % 3) + 1), desired: '3', needed: `Samen ${i}`, seq: String(i + 1) }).then(async (reply) => ({ reply, row: await stored(factor) }))
		);
		const [refused, ...done] = await Promise.all([bad, ...saves]);
		for (const [i, { reply, row }] of done.entries()) {
			expect(reply.type).toBe('success');
			// Read by another connection the moment the answer arrived: it was committed before.
			expect(row).toEqual({ current_phase: (i % 3) + 1, needed: `Samen ${i}` });
		}
		expect(refused.type).toBe('failure');
		expect(refused.actionStatus).toBe(400);
		expect(refused.strings).toContain(messages('nl').scan.errors.phaseInvalid);
		expect(await stored('beleid')).toEqual({ current_phase: 1, needed: 'Samen 3' });
		const audit = await app.db.selectFrom('audit_event').select('object_id').where('object_kind', '=', 'scan').where('action', '=', 'update').where('object_id', '=', scanId).execute();
		// One coalescing entry per person and minute (decision record 0044), recorded with the first save.
		expect(audit.length).toBe(1);
	});
});
