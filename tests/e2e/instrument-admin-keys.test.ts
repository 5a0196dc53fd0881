/**
 * The three instruments over plain HTTP (decision record 0056): an admin adapts, publishes, exports
 * and imports the tool rubric with the self-scan's pages (`?instrument=<key>`), the self-scan stays
 * as it was, a file of another instrument or a rubric with questions is refused with a message and
 * stores nothing; the public criteria page shows every source in Dutch and English, the shipped
 * version to a visitor and the institution's own to its users; products 9, 10 and 12 lead there.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, Client, type Reply, acceptInvite, createInstitutionDirect, createInvite, decodeEntities, dumpDb, setupFirstAdmin, signIn, startAppWithDb, visibleText } from './http';
import { DEFAULT_INSTRUMENT_KEY, ROOM_INSTRUMENT_KEY, TOOL_RUBRIC_KEY, latestInstrument, type InstrumentKey } from '$lib/instrument';
import { actionHref, criteriaHref, draftHref, exportHref, instrumentsHref } from '$lib/instrument/links';
import { instrumentWording } from '$lib/instrument/wording';
import { LANGUAGES, format, messages } from '$lib/i18n';
import type { Instrument } from '$lib/instrument/schema';
import { defaultContent } from '$lib/toolkit';

const PASSWORD = 'een lang genoeg wachtwoord';
const tools = latestInstrument(TOOL_RUBRIC_KEY)!;
const rooms = latestInstrument(ROOM_INSTRUMENT_KEY)!;
const criterion = tools.categories[0]!.factors[0]!;
const RENAMED = 'Sluit aan bij het leerdoel van de cursus';
const LEVEL3 = 'De tool laat studenten precies doen wat het leerdoel vraagt, <b>zonder omwegen</b>.';
const tNl = instrumentWording('nl', TOOL_RUBRIC_KEY);

let app: App;
let adminA: Client;
let facilitatorA: Client;
let adminB: Client;
let exported: Uint8Array;

/** The page's text as a reader sees it. */
const seen = (reply: Reply) => decodeEntities(visibleText(reply.text));

/** Posts the import form as a browser does, with `bytes` as the chosen file. */
async function importFile(client: Client, key: InstrumentKey, bytes: Uint8Array, name = 'instrument.json') {
	const form = new FormData();
	form.set('file', new Blob([bytes as BlobPart], { type: 'application/json' }), name);
	const path = `${instrumentsHref(DEFAULT_INSTRUMENT_KEY)}${actionHref(key, 'import')}`;
	const request = new Request(new URL(path, app.url), { method: 'POST', body: form });
	return client.send('POST', path, { body: new Uint8Array(await request.arrayBuffer()), contentType: request.headers.get('content-type') });
}

/** Every text of the editor's form, as a browser posts it: the instrument's current texts. */
function editorForm(instrument: Instrument): Record<string, string> {
	const fields: Record<string, string> = {};
	for (const language of LANGUAGES) {
		fields[`title.${language}`] = instrument.title[language];
		fields[`description.${language}`] = instrument.description[language];
		for (const category of instrument.categories) {
			fields[`category.${category.key}.name.${language}`] = category.name[language];
			for (const factor of category.factors) {
				fields[`factor.${factor.key}.name.${language}`] = factor.name[language];
				factor.descriptors.forEach((descriptor, d) => (fields[`factor.${factor.key}.phase${d + 1}.${language}`] = descriptor[language]));
			}
		}
	}
	return fields;
}

const post = (client: Client, page: string, key: InstrumentKey, action: string, fields: Record<string, string> = {}) => client.post(`${page}${actionHref(key, action)}`, fields);

beforeAll(async () => {
	app = await startAppWithDb();
	adminA = await setupFirstAdmin(app.url, { institution: 'Hogeschool Gereedschap', name: 'Ada', email: 'ada@a.example', password: PASSWORD });
	facilitatorA = (await acceptInvite(await createInvite(adminA), { name: 'Fien', email: 'fien@a.example', password: PASSWORD })).client;
	await createInstitutionDirect(app.db, { institution: 'Universiteit Ontvangst', name: 'Bert', email: 'bert@b.example', password: PASSWORD, role: 'admin' });
	adminB = await signIn(app.url, 'bert@b.example', PASSWORD);
});
afterAll(async () => {
	await app?.stop();
});

describe('an admin adapts the tool rubric with the self-scan’s pages', () => {
	it('lists the three instruments on the overview, each with its version, origin and draft', async () => {
		const text = seen(await adminA.get('/admin/instruments'));
		for (const instrument of [tools, rooms, latestInstrument(DEFAULT_INSTRUMENT_KEY)!]) expect(text).toContain(instrument.title.nl);
		expect(text).toContain(`${tNl.overviewVersion}: ${format(tNl.overviewShipped, { version: 1 })} · ${tNl.overviewDraft}: ${tNl.overviewNoDraft}`);
		const html = (await adminA.get('/admin/instruments')).text;
		expect(html).toContain(`href="${instrumentsHref(TOOL_RUBRIC_KEY)}"`);
		expect(html).toContain(`href="${criteriaHref(ROOM_INSTRUMENT_KEY)}"`);
		expect(seen(await adminA.get(instrumentsHref(TOOL_RUBRIC_KEY)))).toContain(tNl.title);
	});

	it('starts a draft, changes a criterion’s name and level text, and publishes version 2 while the self-scan stays at version 1', async () => {
		expect((await post(adminA, '/admin/instruments', TOOL_RUBRIC_KEY, 'start')).status).toBe(200);
		const editor = await adminA.get(draftHref(TOOL_RUBRIC_KEY));
		expect(editor.status).toBe(200);
		// A rubric's editor speaks of criteria and has no own questions.
		expect(seen(editor)).toContain(format(tNl.factorName, { name: criterion.name.nl }));
		expect(seen(editor)).not.toContain(tNl.questionsTitle);
		const saved = await post(adminA, '/admin/instruments/draft', TOOL_RUBRIC_KEY, 'texts', { ...editorForm(tools), [`factor.${criterion.key}.name.nl`]: RENAMED, [`factor.${criterion.key}.phase3.nl`]: LEVEL3 });
		expect(saved.status, seen(saved).slice(0, 600)).toBe(200);
		const overview = seen(await adminA.get(instrumentsHref(TOOL_RUBRIC_KEY)));
		expect(overview).toContain(format(tNl.changeRenamed, { from: criterion.name.nl, to: RENAMED }));
		expect(overview).toContain(format(tNl.changeDescriptors, { name: RENAMED, phases: tools.phases[2]!.name.nl }));

		expect((await post(adminA, '/admin/instruments', TOOL_RUBRIC_KEY, 'publish')).status).toBe(200);
		const after = seen(await adminA.get(instrumentsHref(TOOL_RUBRIC_KEY)));
		expect(after).toContain(format(tNl.inUse, { title: tools.title.nl, version: 2 }));
		const selfScan = seen(await adminA.get('/admin/instruments'));
		expect(selfScan).toContain(format(messages('nl').instruments.inUse, { title: latestInstrument(DEFAULT_INSTRUMENT_KEY)!.title.nl, version: 1 }));
		expect(selfScan).toContain(messages('nl').instruments.noDraft);
		const trail = await app.db.selectFrom('audit_event').select(['object_kind', 'object_id']).where('object_kind', '=', 'instrument_version').execute();
		expect(trail).toEqual([{ object_kind: 'instrument_version', object_id: `${TOOL_RUBRIC_KEY}:2` }]);
	});

	it('exports version 2 under the rubric’s own file name, and no self-scan version 2 exists', async () => {
		const reply = await adminA.get(exportHref(TOOL_RUBRIC_KEY, 2));
		expect(reply.status).toBe(200);
		expect(reply.headers.get('content-disposition')).toBe(`attachment; filename="${TOOL_RUBRIC_KEY}.v2.json"`);
		exported = new Uint8Array(reply.body);
		const file = JSON.parse(reply.text);
		expect([file.key, file.version, file.categories[0].factors[0].name.nl, file.categories[0].factors[0].descriptors[2].nl]).toEqual([TOOL_RUBRIC_KEY, 2, RENAMED, LEVEL3]);
		expect((await adminA.get(exportHref(DEFAULT_INSTRUMENT_KEY, 2))).status).toBe(404);
		expect((await adminA.get(exportHref(ROOM_INSTRUMENT_KEY, 1))).headers.get('content-disposition')).toBe(`attachment; filename="${ROOM_INSTRUMENT_KEY}.v1.json"`);
	});

	it('imports the file at another institution, which publishes it as its own version 2', async () => {
		const reply = await importFile(adminB, TOOL_RUBRIC_KEY, exported);
		expect(reply.status).toBe(200);
		expect(seen(reply)).toContain(tNl.imported);
		expect((await post(adminB, '/admin/instruments', TOOL_RUBRIC_KEY, 'publish')).status).toBe(200);
		const file = JSON.parse((await adminB.get(exportHref(TOOL_RUBRIC_KEY, 2))).text);
		expect(file.categories[0].factors[0].name.nl).toBe(RENAMED);
		expect(seen(await adminB.get('/admin/instruments'))).toContain(format(tNl.overviewShipped, { version: 1 }));
	});

	it('refuses the room instrument’s file in the tool rubric, and a rubric file with questions, saying why and storing nothing', async () => {
		const before = await dumpDb(app.db, ['session']);
		const roomFile = new Uint8Array((await adminA.get(exportHref(ROOM_INSTRUMENT_KEY, 1))).body);
		const wrong = await importFile(adminA, TOOL_RUBRIC_KEY, roomFile);
		expect(wrong.status).toBe(400);
		const named = (instrument: typeof tools) => `“${instrument.title.nl}” (${instrument.key})`;
		expect(seen(wrong)).toContain(`key: ${format(tNl.issues.otherInstrument, { key: named(rooms), expected: named(tools) })}`);

		const asked = { ...JSON.parse(new TextDecoder().decode(exported)), questions: [{ key: 'waarom', kind: 'text', text: { nl: 'Waarom?', en: 'Why?' } }] };
		const withQuestions = await importFile(adminA, TOOL_RUBRIC_KEY, new TextEncoder().encode(JSON.stringify(asked)));
		expect(withQuestions.status).toBe(400);
		expect(seen(withQuestions)).toContain(`questions: ${tNl.issues.questionsNotAllowed}`);
		expect(await dumpDb(app.db, ['session'])).toBe(before);

		// The editor's own question form is refused for a rubric too.
		expect((await post(adminA, '/admin/instruments', TOOL_RUBRIC_KEY, 'start')).status).toBe(200);
		const during = await dumpDb(app.db, ['session']);
		const question = await post(adminA, '/admin/instruments/draft', TOOL_RUBRIC_KEY, 'addQuestion', { kind: 'text', 'text.nl': 'Waarom?', 'text.en': 'Why?' });
		expect(question.status).toBe(400);
		expect(seen(question)).toContain(tNl.questionsOnlyScan);
		expect(await dumpDb(app.db, ['session'])).toBe(during);
		expect((await post(adminA, '/admin/instruments', TOOL_RUBRIC_KEY, 'discard')).status).toBe(200);
	});

	it('answers 404 for a name that is no instrument, and a facilitator 403 on every rubric page and action', async () => {
		for (const path of ['/admin/instruments?instrument=gereedschap', '/admin/instruments/draft?instrument=gereedschap', '/admin/instruments/format?instrument=gereedschap', '/admin/instruments/export/1?instrument=gereedschap']) {
			expect((await adminA.get(path)).status, path).toBe(404);
		}
		expect((await adminA.post('/admin/instruments?/start&instrument=gereedschap', {})).status).toBe(404);
		for (const path of [instrumentsHref(TOOL_RUBRIC_KEY), draftHref(TOOL_RUBRIC_KEY), exportHref(TOOL_RUBRIC_KEY, 2)]) expect((await facilitatorA.get(path)).status, path).toBe(403);
		expect((await post(facilitatorA, '/admin/instruments', TOOL_RUBRIC_KEY, 'start')).status).toBe(403);
	});

	it('explains a rubric’s file without own questions', async () => {
		const help = seen(await adminA.get(`/admin/instruments/format?instrument=${ROOM_INSTRUMENT_KEY}`));
		const t = instrumentWording('nl', ROOM_INSTRUMENT_KEY);
		expect(help).toContain(t.fileFormat.title);
		expect(help).toContain(t.fileFormat.fields.questions);
		expect(help).not.toContain('wat-maakt-onze-aanpak-eigen');
	});
});

describe('the public page of criteria and sources', () => {
	it('shows a visitor the shipped version with every criterion, level and source, in Dutch and in English', async () => {
		for (const language of ['nl', 'en'] as const) {
			const visitor = new Client(app.url);
			visitor.cookies.set('bw_lang', language);
			const text = seen(await visitor.get(criteriaHref(TOOL_RUBRIC_KEY)));
			const t = instrumentWording(language, TOOL_RUBRIC_KEY).criteria;
			expect(text).toContain(format(t.shipped, { version: 1 }));
			expect(text).toContain(t.signInForOwn);
			expect(text).toContain(t.sourcesTitle);
			for (const note of tools.notes) expect(text).toContain(note[language]);
			for (const factor of tools.categories.flatMap((c) => c.factors)) {
				expect(text).toContain(factor.name[language]);
				for (const descriptor of factor.descriptors) expect(text).toContain(descriptor[language]);
			}
			expect(text).not.toContain(RENAMED);
			for (const note of rooms.notes) expect(seen(await visitor.get(criteriaHref(ROOM_INSTRUMENT_KEY)))).toContain(note[language]);
		}
	});

	it('shows a signed-in reader their institution’s own version and says which, its text inert', async () => {
		const reply = await facilitatorA.get(criteriaHref(TOOL_RUBRIC_KEY));
		const text = seen(reply);
		expect(text).toContain(format(messages('nl').instruments.criteria.own, { version: 2, institution: 'Hogeschool Gereedschap' }));
		expect(text).toContain(RENAMED);
		expect(text).toContain(LEVEL3);
		expect(reply.text).not.toContain('<b>zonder omwegen</b>');
		for (const note of tools.notes) expect(text).toContain(note.nl);
		// The room instrument is still the shipped one at this institution.
		expect(seen(await facilitatorA.get(criteriaHref(ROOM_INSTRUMENT_KEY)))).toContain(format(messages('nl').instruments.criteria.shipped, { version: 1 }));
	});

	it('answers 404 for a name that is no instrument', async () => {
		expect((await new Client(app.url).get('/toolkit/instruments/gereedschap')).status).toBe(404);
	});
});

describe('the toolkit’s products 9, 10 and 12', () => {
	const numbered = (n: number) => defaultContent().products.find((product) => product.number === n)!;
	const nav = messages('nl').navigator;

	it('lead a visitor to sign in for the catalogues, saying so, and straight to the criteria', async () => {
		const visitor = new Client(app.url);
		const twelve = await visitor.get(`/toolkit/product/${numbered(12).key}`);
		expect(twelve.text).toContain('href="/login?next=%2Ftools"');
		expect(seen(twelve)).toContain(format(nav.opensSignIn, { label: nav.opens['tool-catalogue'] }));
		expect(twelve.text).toContain(`href="${criteriaHref(TOOL_RUBRIC_KEY)}"`);
		const nine = await visitor.get(`/toolkit/product/${numbered(9).key}`);
		expect(nine.text).toContain('href="/login?next=%2Frooms%2Ffind"');
		const ten = await visitor.get(`/toolkit/product/${numbered(10).key}`);
		expect(ten.text).toContain('href="/login?next=%2Frooms%2Fheatmap"');
		expect(ten.text).toContain(`href="${criteriaHref(ROOM_INSTRUMENT_KEY)}"`);
		expect(seen(await visitor.get(`/toolkit/product/${numbered(1).key}`))).not.toContain(nav.opensTitle);
	});

	it('lead a signed-in reader straight to the tools and rooms', async () => {
		const twelve = await facilitatorA.get(`/toolkit/product/${numbered(12).key}`);
		expect(twelve.text).toContain('href="/tools"');
		expect(twelve.text).toContain('href="/tools/find"');
		expect(seen(twelve)).not.toContain(format(nav.opensSignIn, { label: nav.opens['tool-catalogue'] }));
		expect((await facilitatorA.get(`/toolkit/product/${numbered(10).key}`)).text).toContain('href="/rooms/heatmap"');
	});
});
