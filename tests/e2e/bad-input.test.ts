/**
 * Bad input on every state-changing endpoint, over plain HTTP against the built app: always a
 * 4xx with a clear message in the user's language, never a 5xx, and nothing stored (the whole
 * database is compared before and after each request). Plus property-based fuzzing of the answer
 * and action-point forms, and an XSS corpus shown on the pages and in the CSV export.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { format, messages, type Language, type Messages } from '$lib/i18n';
import { MAX_FORM_BYTES } from '$lib/server/http/forms';
import { MAX_TEXT_LENGTH } from '$lib/scan/scan';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '$lib/accounts/limits';
import { hashToken } from '$lib/accounts/server/data/sessions';
import {
	Client,
	addAction,
	answer,
	createInvite,
	createScan,
	createUnit,
	acceptInvite,
	decodeEntities,
	dumpDb,
	encodeForm,
	readActionPoints,
	setPriority,
	setupFirstAdmin,
	startAppWithDb,
	visibleText,
	type App,
	type Reply
} from './http';

const PASSWORD = 'een lange zin als wachtwoord';
const FACILITATOR = { name: 'Fien Facilitator', email: 'fien@example.nl', password: 'nog een lange zin hoor' };
const ONE_MB = 'a'.repeat(1024 * 1024);
const LONG_TEXT = 'x'.repeat(MAX_TEXT_LENGTH + 1);
const EMPTY: Record<string, string> = {};

type FieldMap = Record<string, string | string[]>;
type Pairs = Array<readonly [string, string]>;

interface Case {
	what: string;
	send: (client: Client) => Promise<Reply>;
	status: number;
	message: (m: Messages) => string;
}

interface Endpoint {
	/** How the test names it: "the answer form". */
	name: string;
	path: () => string;
	client: (language: Language) => Client;
	/** A form that is accepted as it is: each case below changes one thing. */
	valid: () => FieldMap;
	/** A free-text field whose value would be stored. */
	textField: string;
	cases: () => Array<{ what: string; fields: FieldMap | Pairs; status: number; message: (m: Messages) => string; path?: string }>;
}

const toPairs = (fields: FieldMap): Pairs =>
	Object.entries(fields).flatMap(([name, value]) => (typeof value === 'string' ? [[name, value] as const] : value.map((v) => [name, v] as const)));

/** The response as text, with HTML entities and the page's serialised-data escapes undone. */
const responseText = (reply: Reply): string => decodeEntities(reply.text).replace(/\\"/g, '"').replace(/\\u003C/gi, '<');

/** A copy of a signed-in client that speaks another language (same session, own `bw_lang` cookie). */
function inLanguage(client: Client, language: Language): Client {
	const copy = new Client(client.base);
	for (const [name, value] of client.cookies) copy.cookies.set(name, value);
	copy.cookies.set('bw_lang', language);
	return copy;
}

/** The faults any form can have, whatever its fields. */
function genericCases(endpoint: Endpoint): Case[] {
	const path = () => endpoint.path();
	const valid = () => toPairs(endpoint.valid());
	const withText = (value: string) => toPairs({ ...endpoint.valid(), [endpoint.textField]: value });
	const rawBody = (bytes: number[]) =>
		Buffer.concat([
			Buffer.from(encodeForm(toPairs(Object.fromEntries(Object.entries(endpoint.valid()).filter(([k]) => k !== endpoint.textField))))),
			Buffer.from(`&${encodeURIComponent(endpoint.textField)}=ok`),
			Buffer.from(bytes),
			Buffer.from('ok')
		]);
	const firstField = () => valid()[0]!;
	return [
		{
			what: 'an unknown extra field',
			send: (c) => c.post(path(), [...valid(), ['isAdmin', 'true']]),
			status: 400,
			message: (m) => m.common.unknownFields
		},
		{
			what: 'a field named __proto__',
			send: (c) => c.post(path(), [...valid(), ['__proto__', 'x']]),
			status: 400,
			message: (m) => m.common.unknownFields
		},
		{
			what: 'a field named constructor',
			send: (c) => c.post(path(), [...valid(), ['constructor', 'x']]),
			status: 400,
			message: (m) => m.common.unknownFields
		},
		{
			what: 'a field sent twice',
			send: (c) => c.post(path(), [...valid(), firstField()]),
			status: 400,
			message: (m) => m.common.invalidInput
		},
		{
			what: `1 MB of text in ${endpoint.textField}`,
			send: (c) => c.post(path(), withText(ONE_MB)),
			status: 413,
			message: (m) => format(m.common.tooLong, { max: MAX_FORM_BYTES })
		},
		{
			what: 'invalid UTF-8 bytes in the body',
			send: (c) => c.send('POST', path(), { contentType: 'application/x-www-form-urlencoded', body: rawBody([0xff, 0xfe, 0xc0, 0x80]) }),
			status: 400,
			message: (m) => m.common.invalidInput
		},
		{
			what: 'percent-escaped invalid UTF-8',
			send: (c) => c.send('POST', path(), { contentType: 'application/x-www-form-urlencoded', body: `${encodeForm(valid().filter(([k]) => k !== endpoint.textField))}&${endpoint.textField}=a%FF%C0%80b` }),
			status: 400,
			message: (m) => m.common.invalidInput
		},
		{
			what: 'a text/plain body',
			send: (c) => c.send('POST', path(), { contentType: 'text/plain', body: encodeForm(valid()) }),
			status: 400,
			message: (m) => m.common.invalidInput
		},
		{
			// SvelteKit refuses non-form bodies to form actions before our code runs (415).
			what: 'a JSON body',
			send: (c) => c.send('POST', path(), { contentType: 'application/json', body: JSON.stringify(Object.fromEntries(valid())) }),
			status: 415,
			message: (m) => format(m.common.errorTitle, { status: 415 })
		},
		{
			what: 'no body and no content type',
			send: (c) => c.send('POST', path(), {}),
			status: 415,
			message: (m) => format(m.common.errorTitle, { status: 415 })
		}
	];
}

let app: App;
let admin: Client;
let facilitator: Client;
let scanId = '';
let unitInUse = '';
let unitFree = '';
let pointId = '';
let inviteToken = '';
let inviteId = '';

/** Sends each case and checks status, message and that the database did not change at all. */
async function expectAllRefused(cases: Case[], client: Client, language: Language): Promise<void> {
	const m = messages(language);
	for (const c of cases) {
		const before = await dumpDb(app.db);
		const reply = await c.send(client);
		expect(reply.status, `${c.what}: ${visibleText(reply.text).slice(0, 200)}`).toBe(c.status);
		expect(reply.status, c.what).toBeLessThan(500);
		expect(responseText(reply), `${c.what}: the message in ${language}`).toContain(c.message(m));
		expect(await dumpDb(app.db), `${c.what}: nothing stored`).toBe(before);
	}
}

function endpointCases(endpoint: Endpoint): Case[] {
	return [
		...genericCases(endpoint),
		...endpoint.cases().map(({ what, fields, status, message, path }) => ({
			what,
			send: (c: Client) => c.post(path ?? endpoint.path(), Array.isArray(fields) ? fields : toPairs(fields as FieldMap)),
			status,
			message
		}))
	];
}

const anonymous = (language: Language) => {
	const c = new Client(app.url);
	c.cookies.set('bw_lang', language);
	return c;
};

const ACTION = { category: 'strategie', text: 'Studiedag plannen', owner: 'Team onderwijs', dueDate: '2026-03-01', status: 'open', factors: ['doelstellingen'] };

const setupEndpoint: Endpoint = {
	name: 'the first-run setup',
	path: () => '/setup',
	client: anonymous,
	valid: () => ({ institution: 'Hogeschool Voorbeeld', name: 'Ada Admin', email: 'ada@example.nl', password: PASSWORD, passwordRepeat: PASSWORD }),
	textField: 'institution',
	cases: () => {
		const v = setupEndpoint.valid();
		return [
			{ what: 'an empty form', fields: EMPTY, status: 400, message: (m) => m.auth.errors.institutionRequired },
			{ what: 'an institution name of spaces', fields: { ...v, institution: '   ' }, status: 400, message: (m) => m.auth.errors.institutionRequired },
			{ what: 'an institution name of 201 characters', fields: { ...v, institution: 'x'.repeat(201) }, status: 400, message: (m) => m.auth.errors.institutionRequired },
			{ what: 'a name of spaces', fields: { ...v, name: ' \t ' }, status: 400, message: (m) => m.auth.errors.nameRequired },
			{ what: 'an e-mail address without @', fields: { ...v, email: 'ada.example.nl' }, status: 400, message: (m) => m.auth.errors.emailInvalid },
			{ what: 'a short password', fields: { ...v, password: 'kort', passwordRepeat: 'kort' }, status: 400, message: (m) => format(m.auth.errors.passwordShort, { min: MIN_PASSWORD_LENGTH }) },
			{
				what: 'a password that is too long',
				fields: { ...v, password: 'p'.repeat(MAX_PASSWORD_LENGTH + 1), passwordRepeat: 'p'.repeat(MAX_PASSWORD_LENGTH + 1) },
				status: 400,
				message: (m) => format(m.auth.errors.passwordLong, { max: MAX_PASSWORD_LENGTH })
			},
			{ what: 'two different passwords', fields: { ...v, passwordRepeat: `${PASSWORD}!` }, status: 400, message: (m) => m.auth.errors.passwordMismatch }
		];
	}
};

const endpoints: Endpoint[] = [
	{
		name: 'the sign-in form',
		path: () => '/login',
		client: anonymous,
		valid: () => ({ email: 'ada@example.nl', password: PASSWORD }),
		textField: 'email',
		cases: () => [
			{ what: 'a wrong password', fields: { email: 'ada@example.nl', password: 'verkeerd wachtwoord' }, status: 400, message: (m) => m.auth.loginFailed },
			{ what: 'an empty form', fields: EMPTY, status: 400, message: (m) => m.auth.loginFailed }
		]
	},
	{
		name: 'the invitation form',
		path: () => `/invite/${inviteToken}`,
		client: anonymous,
		valid: () => ({ name: 'Nieuwe Collega', email: 'nieuw@example.nl', password: PASSWORD, passwordRepeat: PASSWORD }),
		textField: 'name',
		cases: () => [
			{
				what: 'a made-up token',
				path: `/invite/${'A'.repeat(43)}`,
				fields: { name: 'X', email: 'x@example.nl', password: PASSWORD, passwordRepeat: PASSWORD },
				status: 410,
				message: (m) => m.auth.inviteInvalid
			},
			{ what: 'the e-mail address of an existing user', fields: { name: 'Dubbel', email: 'FIEN@example.nl', password: PASSWORD, passwordRepeat: PASSWORD }, status: 400, message: (m) => m.auth.errors.emailTaken },
			{ what: 'a short password', fields: { name: 'Kort', email: 'kort@example.nl', password: 'kort', passwordRepeat: 'kort' }, status: 400, message: (m) => format(m.auth.errors.passwordShort, { min: MIN_PASSWORD_LENGTH }) },
			{ what: 'an empty form', fields: EMPTY, status: 400, message: (m) => m.auth.errors.nameRequired }
		]
	},
	{
		name: 'renaming the institution',
		path: () => '/admin?/rename',
		client: (l) => inLanguage(admin, l),
		valid: () => ({ name: 'Hogeschool Hernoemd' }),
		textField: 'name',
		cases: () => [
			{ what: 'an empty name', fields: { name: '' }, status: 400, message: (m) => m.auth.errors.institutionRequired },
			{ what: 'a name of spaces', fields: { name: '    ' }, status: 400, message: (m) => m.auth.errors.institutionRequired },
			{ what: 'a name of 201 characters', fields: { name: 'n'.repeat(201) }, status: 400, message: (m) => m.auth.errors.institutionRequired }
		]
	},
	{
		name: 'adding a unit',
		path: () => '/admin?/addUnit',
		client: (l) => inLanguage(admin, l),
		valid: () => ({ name: 'Academie Nieuw', kind: 'programme' }),
		textField: 'name',
		cases: () => [
			{ what: 'an empty name', fields: { name: '', kind: 'sector' }, status: 400, message: (m) => m.auth.errors.nameRequired },
			{ what: 'a name of 201 characters', fields: { name: 'u'.repeat(201), kind: 'sector' }, status: 400, message: (m) => m.auth.errors.nameRequired },
			{ what: 'an unknown kind', fields: { name: 'Academie X', kind: 'abc' }, status: 400, message: (m) => m.common.invalidInput },
			{ what: 'no kind', fields: { name: 'Academie X', kind: '' }, status: 400, message: (m) => m.common.invalidInput },
			{ what: 'the kind __proto__', fields: { name: 'Academie X', kind: '__proto__' }, status: 400, message: (m) => m.common.invalidInput },
			{ what: 'a name that exists', fields: { name: 'Faculteit Gezondheid', kind: 'sector' }, status: 409, message: (m) => m.admin.unitExists }
		]
	},
	{
		name: 'deleting a unit',
		path: () => '/admin?/deleteUnit',
		client: (l) => inLanguage(admin, l),
		valid: () => ({ id: unitFree }),
		textField: 'id',
		cases: () => [
			{ what: 'an unknown id', fields: { id: '00000000-0000-4000-8000-000000000000' }, status: 404, message: (m) => m.common.notFound },
			{ what: 'an empty id', fields: { id: '' }, status: 404, message: (m) => m.common.notFound },
			{ what: 'a unit that has a scan', fields: { id: unitInUse }, status: 409, message: (m) => m.admin.unitInUse }
		]
	},
	{
		name: 'creating an invitation',
		path: () => '/admin?/invite',
		client: (l) => inLanguage(admin, l),
		valid: () => ({ role: 'facilitator' }),
		textField: 'role',
		cases: () => [
			{ what: 'an unknown role', fields: { role: 'owner' }, status: 400, message: (m) => m.common.invalidInput },
			{ what: 'no role', fields: { role: '' }, status: 400, message: (m) => m.common.invalidInput },
			{ what: 'the role __proto__', fields: { role: '__proto__' }, status: 400, message: (m) => m.common.invalidInput },
			{ what: 'a "for whom" label that is too long', fields: [['role', 'facilitator'], ['label', 'x'.repeat(201)]] as Pairs, status: 400, message: (m) => format(m.common.tooLong, { max: 200 }) }
		]
	},
	{
		name: 'revoking an invitation',
		path: () => '/admin?/revoke',
		client: (l) => inLanguage(admin, l),
		valid: () => ({ id: inviteId }),
		textField: 'id',
		cases: () => [
			{ what: 'an unknown id', fields: { id: 'nope' }, status: 404, message: (m) => m.common.invalidInput },
			{ what: 'an empty id', fields: { id: '' }, status: 404, message: (m) => m.common.invalidInput }
		]
	},
	{
		name: 'starting a scan',
		path: () => '/scans/new',
		client: (l) => inLanguage(facilitator, l),
		valid: () => ({ title: 'Nog een scan', level: 'sector', unit: unitInUse }),
		textField: 'title',
		cases: () => [
			{ what: 'an empty title', fields: { title: '', level: 'institution', unit: '' }, status: 400, message: (m) => m.plan.errors.titleRequired },
			{ what: 'a title of 201 characters', fields: { title: 't'.repeat(201), level: 'institution', unit: '' }, status: 400, message: (m) => m.plan.errors.titleRequired },
			{ what: 'an unknown level', fields: { title: 'T', level: 'abc', unit: '' }, status: 400, message: (m) => m.plan.errors.levelInvalid },
			{ what: 'no level', fields: { title: 'T', level: '', unit: '' }, status: 400, message: (m) => m.plan.errors.levelInvalid },
			{ what: 'the level __proto__', fields: { title: 'T', level: '__proto__', unit: unitInUse }, status: 400, message: (m) => m.plan.errors.levelInvalid },
			{ what: 'a sector scan without a unit', fields: { title: 'T', level: 'sector', unit: '' }, status: 400, message: (m) => m.plan.errors.unitRequired },
			{ what: 'an unknown unit', fields: { title: 'T', level: 'sector', unit: 'nope' }, status: 400, message: (m) => m.plan.errors.unitInvalid },
			{ what: 'a unit of the wrong kind', fields: { title: 'T', level: 'sector', unit: unitFree }, status: 400, message: (m) => m.plan.errors.unitKindMismatch },
			{ what: 'an institution scan with a unit', fields: { title: 'T', level: 'institution', unit: unitInUse }, status: 400, message: (m) => m.plan.errors.unitNotAllowed }
		]
	},
	{
		name: 'the answer form',
		path: () => `/scans/${scanId}?/answer`,
		client: (l) => inLanguage(facilitator, l),
		valid: () => ({ factor: 'beleid', current: '1', desired: '3', needed: 'Een beleidsnotitie' }),
		textField: 'needed',
		cases: () => {
			const v = { factor: 'beleid', current: '1', desired: '3', needed: '' };
			const phases = ['0', '4', '1.5', 'abc', '-1', ' 1', '１', '1e0', 'null', 'Unknown'];
			return [
				...phases.map((p) => ({ what: `current phase "${p}"`, fields: { ...v, current: p }, status: 400, message: (m: Messages) => m.scan.errors.phaseInvalid })),
				...phases.slice(0, 4).map((p) => ({ what: `desired phase "${p}"`, fields: { ...v, desired: p }, status: 400, message: (m: Messages) => m.scan.errors.phaseInvalid })),
				{ what: 'an unknown factor', fields: { ...v, factor: 'nope' }, status: 400, message: (m) => m.scan.errors.factorUnknown },
				{ what: 'no factor', fields: { ...v, factor: '' }, status: 400, message: (m) => m.scan.errors.factorUnknown },
				{ what: 'a category key as factor', fields: { ...v, factor: 'strategie' }, status: 400, message: (m) => m.scan.errors.factorUnknown },
				{ what: 'the factor __proto__', fields: { ...v, factor: '__proto__' }, status: 400, message: (m) => m.scan.errors.factorUnknown },
				{ what: 'a text one character too long', fields: { ...v, needed: LONG_TEXT }, status: 400, message: (m) => format(m.common.tooLong, { max: MAX_TEXT_LENGTH }) }
			];
		}
	},
	{
		name: 'choosing a priority',
		path: () => `/scans/${scanId}/result?/priority`,
		client: (l) => inLanguage(facilitator, l),
		valid: () => ({ category: 'strategie', factor: 'beleid', reason: 'Zonder beleid geen richting' }),
		textField: 'reason',
		cases: () => [
			{ what: 'an unknown category', fields: { category: 'nope', factor: 'beleid', reason: '' }, status: 400, message: (m) => m.plan.errors.categoryUnknown },
			{ what: 'a factor of another category', fields: { category: 'strategie', factor: 'infrastructuur', reason: '' }, status: 400, message: (m) => m.plan.errors.priorityFactor },
			{ what: 'an unknown factor', fields: { category: 'support', factor: 'nope', reason: '' }, status: 400, message: (m) => m.plan.errors.priorityFactor },
			{ what: 'no factor', fields: { category: 'strategie', factor: '', reason: '' }, status: 400, message: (m) => m.plan.errors.priorityFactor },
			{ what: 'no category', fields: { category: '', factor: 'beleid', reason: '' }, status: 400, message: (m) => m.plan.errors.priorityFactor },
			{ what: 'a reason one character too long', fields: { category: 'strategie', factor: 'beleid', reason: LONG_TEXT }, status: 400, message: (m) => format(m.common.tooLong, { max: MAX_TEXT_LENGTH }) }
		]
	},
	{
		name: 'adding an action point',
		path: () => `/scans/${scanId}/result?/addAction`,
		client: (l) => inLanguage(facilitator, l),
		valid: () => ({ ...ACTION }),
		textField: 'text',
		cases: () => actionPointCases({ ...ACTION })
	},
	{
		name: 'changing an action point',
		path: () => `/scans/${scanId}/result?/updateAction`,
		client: (l) => inLanguage(facilitator, l),
		valid: () => ({ ...ACTION, id: pointId, text: 'Studiedag plannen en houden' }),
		textField: 'text',
		cases: () => [
			...actionPointCases({ ...ACTION, id: pointId }),
			{ what: 'an unknown id', fields: { ...ACTION, id: '00000000-0000-4000-8000-000000000000' }, status: 404, message: (m) => m.plan.errors.actionUnknown },
			{ what: 'no id', fields: { ...ACTION, id: '' }, status: 404, message: (m) => m.plan.errors.actionUnknown }
		]
	},
	{
		name: 'deleting an action point',
		path: () => `/scans/${scanId}/result?/deleteAction`,
		client: (l) => inLanguage(facilitator, l),
		valid: () => ({ id: pointId }),
		textField: 'id',
		cases: () => [
			{ what: 'an unknown id', fields: { id: '00000000-0000-4000-8000-000000000000' }, status: 404, message: (m) => m.plan.errors.actionUnknown },
			{ what: 'no id', fields: { id: '' }, status: 404, message: (m) => m.plan.errors.actionUnknown }
		]
	}
];

function actionPointCases(v: FieldMap): ReturnType<Endpoint['cases']> {
	return [
		{ what: 'no text', fields: { ...v, text: '' }, status: 400, message: (m) => m.plan.errors.actionText },
		{ what: 'a text of spaces', fields: { ...v, text: ' \n ' }, status: 400, message: (m) => m.plan.errors.actionText },
		{ what: 'a text one character too long', fields: { ...v, text: LONG_TEXT }, status: 400, message: (m) => format(m.common.tooLong, { max: MAX_TEXT_LENGTH }) },
		{ what: 'an unknown category', fields: { ...v, category: 'nope' }, status: 400, message: (m) => m.plan.errors.categoryUnknown },
		{ what: 'no category', fields: { ...v, category: '' }, status: 400, message: (m) => m.plan.errors.categoryUnknown },
		{ what: 'an unknown factor', fields: { ...v, factors: ['doelstellingen', 'nope'] }, status: 400, message: (m) => m.scan.errors.factorUnknown },
		{ what: '51 factors', fields: { ...v, factors: Array.from({ length: 51 }, () => 'beleid') }, status: 400, message: (m) => m.scan.errors.factorUnknown },
		{ what: 'the impossible date 2026-02-30', fields: { ...v, dueDate: '2026-02-30' }, status: 400, message: (m) => m.plan.errors.dueDate },
		{ what: 'the date 2026-13-01', fields: { ...v, dueDate: '2026-13-01' }, status: 400, message: (m) => m.plan.errors.dueDate },
		{ what: 'a Dutch-written date', fields: { ...v, dueDate: '01-03-2026' }, status: 400, message: (m) => m.plan.errors.dueDate },
		{ what: 'a date with a time', fields: { ...v, dueDate: '2026-03-01T00:00' }, status: 400, message: (m) => m.plan.errors.dueDate },
		{ what: 'a status not in the list', fields: { ...v, status: 'closed' }, status: 400, message: (m) => m.plan.errors.statusInvalid },
		{ what: 'the status __proto__', fields: { ...v, status: '__proto__' }, status: 400, message: (m) => m.plan.errors.statusInvalid },
		{ what: 'an owner of 201 characters', fields: { ...v, owner: 'o'.repeat(201) }, status: 400, message: (m) => m.plan.errors.ownerTooLong }
	];
}

beforeAll(async () => {
	app = await startAppWithDb();
});
afterAll(async () => {
	await app?.stop();
});

describe('bad input before the first administrator exists', () => {
	for (const language of ['nl', 'en'] as const) {
		it(`refuses every kind of bad input to the first-run setup with a 4xx and a message in ${language}, and creates nothing`, async () => {
			expect(await app.db.selectFrom('app_user').select('id').execute()).toEqual([]);
			await expectAllRefused(endpointCases(setupEndpoint), setupEndpoint.client(language), language);
			expect(await app.db.selectFrom('institution').select('id').execute()).toEqual([]);
		});
	}
});

describe('bad input on every state-changing endpoint of a set-up app', () => {
	beforeAll(async () => {
		admin = await setupFirstAdmin(app.url, { institution: 'Hogeschool Voorbeeld', name: 'Ada Admin', email: 'ada@example.nl', password: PASSWORD });
		unitInUse = await createUnit(admin, 'Faculteit Gezondheid', 'sector');
		unitFree = await createUnit(admin, 'Opleiding Verpleegkunde', 'programme');
		const link = await createInvite(admin);
		const accepted = await acceptInvite(link, FACILITATOR);
		expect(accepted.reply.status).toBe(303);
		facilitator = accepted.client;
		scanId = await createScan(facilitator, { title: 'Scan Gezondheid', level: 'sector', unit: unitInUse });
		expect((await addAction(facilitator, scanId, ACTION)).status).toBe(200);
		pointId = (await readActionPoints(app.db, scanId))[0]!.id;
		inviteToken = new URL(await createInvite(admin)).pathname.split('/').pop()!;
		const toRevoke = new URL(await createInvite(admin)).pathname.split('/').pop()!;
		inviteId = (await app.db.selectFrom('invite').select('id').where('token_hash', '=', hashToken(toRevoke)).executeTakeFirstOrThrow()).id;
	});

	for (const language of ['nl', 'en'] as const) {
		for (const endpoint of endpoints) {
			it(`refuses bad input to ${endpoint.name} with a 4xx and a message in ${language}, and stores nothing`, async () => {
				await expectAllRefused(endpointCases(endpoint), endpoint.client(language), language);
			});
		}
	}

	it('refuses a language switch without a known language with a 400 in the current language, and sets no cookie', async () => {
		for (const language of ['nl', 'en'] as const) {
			const client = inLanguage(facilitator, language);
			const bodies: Array<[string, SendBody]> = [
				['an unknown language', { contentType: 'application/x-www-form-urlencoded', body: 'to=fr&back=/' }],
				['no language', { contentType: 'application/x-www-form-urlencoded', body: 'back=/' }],
				['the language __proto__', { contentType: 'application/x-www-form-urlencoded', body: 'to=__proto__' }],
				['a language sent as JSON', { contentType: 'application/json', body: '{"to":"en"}' }],
				['invalid UTF-8', { contentType: 'application/x-www-form-urlencoded', body: Buffer.from([0x74, 0x6f, 0x3d, 0xff, 0xfe]) }],
				['no body', {}]
			];
			for (const [what, body] of bodies) {
				const before = await dumpDb(app.db);
				const reply = await client.send('POST', '/language', body);
				expect(reply.status, what).toBe(400);
				expect(reply.text, what).toBe(messages(language).common.invalidInput);
				expect(reply.setCookies, what).toEqual([]);
				expect(client.cookies.get('bw_lang'), what).toBe(language);
				expect(await dumpDb(app.db), what).toBe(before);
			}
		}
		// The switch itself still works, and is what makes the next answer English.
		const client = inLanguage(facilitator, 'nl');
		const switched = await client.post('/language', { to: 'en', back: `/scans/${scanId}` });
		expect(switched.status).toBe(303);
		expect(switched.location).toBe(`/scans/${scanId}`);
		expect(client.cookies.get('bw_lang')).toBe('en');
		const refused = await answer(client, scanId, { factor: 'beleid', current: '4', desired: '', needed: '' });
		expect(refused.status).toBe(400);
		expect(responseText(refused)).toContain(messages('en').scan.errors.phaseInvalid);
	});

	// Known bug, not fixable under src/lib/server: hooks.server.ts's handleError answers every
	// error but a 404 with "something went wrong on our side", also SvelteKit's 415 for a
	// non-form body. The fix: give 4xx statuses common.invalidInput there. Flip to `it` then.
	it('says that a JSON body to a form action was not understood, instead of blaming the server', async () => {
		const reply = await facilitator.send('POST', `/scans/${scanId}?/answer`, { contentType: 'application/json', body: '{"factor":"beleid"}' });
		expect(reply.status).toBe(415);
		expect(responseText(reply)).not.toContain(messages('nl').common.unexpectedError);
		expect(responseText(reply)).toContain(messages('nl').common.invalidInput);
	});

	it('never answers the answer form with a 5xx, whatever text is in its fields, and reads an accepted answer back literally', async () => {
		const phase = fc.oneof({ arbitrary: fc.constantFrom('', '1', '2', '3', 'unknown'), weight: 4 }, { arbitrary: fc.string({ unit: 'binary', maxLength: 8 }), weight: 1 });
		const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 200 }), fc.constant(' \u0000\u202e\ufeff<b>x</b>'));
		const factor = fc.oneof({ arbitrary: fc.constantFrom('beleid', 'definitie', 'evaluatie'), weight: 3 }, { arbitrary: fc.string({ unit: 'binary', maxLength: 20 }), weight: 1 });
		let accepted = 0;
		await fc.assert(
			fc.asyncProperty(factor, phase, phase, text, async (f, current, desired, needed) => {
				const reply = await answer(facilitator, scanId, { factor: f, current, desired, needed });
				expect(reply.status).toBeLessThan(500);
				if (reply.status !== 200) return;
				accepted++;
				const row = await app.db.selectFrom('scan_answer').select('needed').where('scan_id', '=', scanId).where('factor_key', '=', f).executeTakeFirstOrThrow();
				expect(row.needed).toBe(needed.toWellFormed().trim());
			}),
			{ numRuns: 120 }
		);
		expect(accepted).toBeGreaterThan(10);
	});

	it('never answers the action-point forms with a 5xx, whatever text is in their fields, and reads an accepted point back literally', async () => {
		const anyText = fc.string({ unit: 'binary', maxLength: 80 });
		/** Mostly a valid value, sometimes anything: so that many forms are accepted and read back. */
		const mostly = (valid: fc.Arbitrary<string>) => fc.oneof({ arbitrary: valid, weight: 5 }, { arbitrary: anyText, weight: 1 });
		const form = fc.record({
			category: mostly(fc.constantFrom('strategie', 'structuur', 'support')),
			text: fc.oneof(fc.string({ unit: 'binary', minLength: 1, maxLength: 400 }), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 100 })),
			owner: fc.oneof(fc.constant(''), fc.string({ unit: 'binary', maxLength: 60 })),
			dueDate: mostly(fc.oneof(fc.constant(''), fc.date({ noInvalidDate: true, min: new Date('2000-01-01'), max: new Date('2100-01-01') }).map((d) => d.toISOString().slice(0, 10)))),
			status: mostly(fc.constantFrom('open', 'in_progress', 'done', 'dropped', '')),
			factors: fc.array(mostly(fc.constantFrom('beleid', 'modellen', 'evaluatie')), { maxLength: 3 })
		});
		let accepted = 0;
		await fc.assert(
			fc.asyncProperty(form, fc.boolean(), async (fields, update) => {
				const path = update ? 'updateAction' : 'addAction';
				const sent: FieldMap = update ? { ...fields, id: pointId } : fields;
				const reply = await facilitator.post(`/scans/${scanId}/result?/${path}`, sent);
				expect(reply.status).toBeLessThan(500);
				if (reply.status !== 200) return;
				accepted++;
				const points = await readActionPoints(app.db, scanId);
				const point = update ? points.find((p) => p.id === pointId)! : points.at(-1)!;
				expect(point.text).toBe(fields.text.toWellFormed().trim());
				expect(point.owner).toBe(fields.owner.toWellFormed().trim());
			}),
			{ numRuns: 120 }
		);
		expect(accepted).toBeGreaterThan(10);
	});

	it('never answers with a 5xx to arbitrary field names and values on any form, and stores nothing for them', async () => {
		const names = fc.oneof(fc.string({ unit: 'binary', minLength: 1, maxLength: 12 }), fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'));
		const pairs = fc.array(fc.tuple(names, fc.string({ unit: 'binary', maxLength: 30 })), { minLength: 1, maxLength: 6 });
		// (/setup is covered before the first administrator exists; afterwards its page redirects every request to /login.)
		const paths = ['/login', `/invite/${inviteToken}`, '/admin?/rename', '/admin?/addUnit', '/scans/new', `/scans/${scanId}?/answer`, `/scans/${scanId}/result?/priority`, `/scans/${scanId}/result?/addAction`];
		await fc.assert(
			fc.asyncProperty(fc.constantFrom(...paths), pairs, async (path, fields) => {
				// At least one name no form has, so nothing may be stored.
				const body: Pairs = [...fields, ['\u0000unknown', 'x']];
				const before = await dumpDb(app.db);
				const client = path === '/login' || path.startsWith('/invite') ? new Client(app.url) : path.startsWith('/admin') ? admin : facilitator;
				const reply = await client.post(path, body);
				expect(reply.status).toBeGreaterThanOrEqual(400);
				expect(reply.status).toBeLessThan(500);
				expect(await dumpDb(app.db)).toBe(before);
			}),
			{ numRuns: 80 }
		);
	});

	it('accepts each of the forms above without its fault, so every refusal was about the fault alone', async () => {
		const ok = async (reply: Promise<Reply>, status: number, what: string) => expect((await reply).status, what).toBe(status);
		await ok(new Client(app.url).post('/login', { email: 'ada@example.nl', password: PASSWORD }), 303, 'sign-in');
		for (const endpoint of endpoints.filter((e) => e.name !== 'the sign-in form' && e.name !== 'the invitation form')) {
			const status = endpoint.path() === '/scans/new' ? 303 : 200;
			await ok(endpoint.client('nl').post(endpoint.path(), toPairs(endpoint.valid())), status, endpoint.name);
		}
		const invitation = endpoints.find((e) => e.name === 'the invitation form')!;
		const invited = await new Client(app.url).post(invitation.path(), toPairs(invitation.valid()));
		expect(invited.status).toBe(303);
	});
});

type SendBody = { contentType?: string; body?: string | Uint8Array };

describe('hostile text is shown literally, never as markup', () => {
	const CORPUS = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', 'javascript:alert(1)', '<svg onload=alert(1)>'];
	const DANGEROUS = [/<script>alert/i, /<img src=x/i, /<svg onload/i, /\b(?:href|src|action|formaction)\s*=\s*["']?\s*javascript:/i, /<[a-z]+[^>]*\sonerror=/i];

	it('shows every XSS payload as text on the scan page, the result page and in the CSV export, in every free-text field', async () => {
		const owner = admin ?? (await setupFirstAdmin(app.url, { institution: 'Hogeschool Voorbeeld', name: 'Ada Admin', email: 'ada@example.nl', password: PASSWORD }));
		for (const [i, payload] of CORPUS.entries()) {
			// The payload starts each field; a suffix tells the fields apart.
			const v = { title: `${payload} ·titel`, unit: `${payload} ·onderdeel`, needed: `${payload} ·nodig`, reason: `${payload} ·reden`, text: `${payload} ·actie`, owner: `${payload} ·eigenaar` };
			const unit = await createUnit(owner, v.unit, 'sector');
			const id = await createScan(owner, { title: v.title, level: 'sector', unit });
			expect((await answer(owner, id, { factor: 'doelstellingen', current: '1', desired: '3', needed: v.needed })).status).toBe(200);
			expect((await setPriority(owner, id, { category: 'strategie', factor: 'doelstellingen', reason: v.reason })).status).toBe(200);
			expect((await addAction(owner, id, { category: 'strategie', text: v.text, owner: v.owner, dueDate: '', status: 'open', factors: ['doelstellingen'] })).status).toBe(200);
			expect((await readActionPoints(app.db, id)).map((p) => [p.text, p.owner])).toEqual([[v.text, v.owner]]);

			const pages = [
				// The scan page's "wat is nodig" textarea is empty in the HTML (see the known bug below).
				['scan page', (await owner.get(`/scans/${id}`)).text, [v.title, v.unit]],
				['result page', (await owner.get(`/scans/${id}/result`)).text, Object.values(v)]
			] as const;
			for (const [where, html, values] of pages) {
				for (const pattern of DANGEROUS) expect(html, `${where}, payload ${i}`).not.toMatch(pattern);
				// What the page shows (markup and serialised data left out), entities decoded.
				const shown = decodeEntities(html.replace(/<script[\s\S]*?<\/script>/gi, ''));
				for (const value of values) expect(shown, `${where} shows ${JSON.stringify(value)}`).toContain(value);
				// Svelte escapes < (and " in attributes); > needs no escaping.
				if (payload.startsWith('<script')) expect(html).toContain('&lt;script>alert(1)&lt;/script> ·titel');
				if (payload.startsWith('<svg')) expect(html).toContain('&lt;svg onload=alert(1)> ·onderdeel');
			}

			const csv = await owner.get(`/scans/${id}/export/csv`);
			expect(csv.status).toBe(200);
			expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
			const cells = parseCsv(csv.text.replace(/^\uFEFF/, '')).flat();
			for (const value of [v.needed, v.reason, v.text, v.owner]) expect(cells, `CSV holds ${JSON.stringify(value)} as one cell`).toContain(value);
		}
	});
});

describe('a saved answer shows on the scan page without JavaScript', () => {
	// Known bug in src/routes/scans/[id]/FactorForm.svelte (not ours to edit): the textarea gets
	// its text through `defaultValue`, which Svelte does not render on the server. Without
	// JavaScript the saved "wat is nodig" is not shown, and saving the factor again erases it.
	// The fix: `<textarea …>{answer?.needed ?? ''}</textarea>` or `value=`. Flip to `it` then.
	it('puts the saved "wat is nodig" text in the scan page\'s HTML', async () => {
		const owner = admin ?? (await setupFirstAdmin(app.url, { institution: 'Hogeschool Voorbeeld', name: 'Ada Admin', email: 'ada@example.nl', password: PASSWORD }));
		const id = await createScan(owner, { title: 'Zonder JavaScript', level: 'institution' });
		expect((await answer(owner, id, { factor: 'doelstellingen', current: '1', desired: '2', needed: 'Een visie <op> papier' })).status).toBe(200);
		const html = (await owner.get(`/scans/${id}`)).text;
		expect(html).toMatch(/<textarea id="factor-doelstellingen-needed"[^>]*>Een visie &lt;op> papier<\/textarea>/);
	});
});

/** RFC 4180 with `;` as separator, as Blendwijzer writes it (every field quoted). */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i]!;
		if (quoted) {
			if (ch === '"' && text[i + 1] === '"') {
				cell += '"';
				i++;
			} else if (ch === '"') quoted = false;
			else cell += ch;
		} else if (ch === '"') quoted = true;
		else if (ch === ';') {
			row.push(cell);
			cell = '';
		} else if (ch === '\n') {
			row.push(cell.replace(/\r$/, ''));
			rows.push(row);
			row = [];
			cell = '';
		} else cell += ch;
	}
	return rows;
}
