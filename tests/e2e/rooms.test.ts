/**
 * The room inventory over HTTP, as a browser without JavaScript posts its forms: CSV imports that
 * are refused whole with every problem's line and column, an export that imports back unchanged,
 * photos refused when too large or not an image, keepers and everyone else, other institutions,
 * and bad input that never gets a 5xx. In English, so the messages are checked in both languages
 * (the browser test reads the Dutch ones).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { format, messages } from '$lib/i18n';
import { csvProblem } from '$lib/catalogue/csv';
import { acceptInvite, createInstitutionDirect, createInvite, setupFirstAdmin, signIn, startAppWithDb, visibleText, type App, type Client } from './http';

const m = messages('en');
const PASSWORD = 'een lange zin als wachtwoord';
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]);
const HEADER = 'building,room,floor,capacity,layouts,furniture,technology,accessibility,bookable,notes';

async function english(client: Client): Promise<Client> {
	await client.post('/language', { to: 'en', back: '/' });
	return client;
}

/** A multipart post as a browser sends a form with a file. */
async function upload(client: Client, path: string, fields: Record<string, string>, file: { field: string; name: string; type: string; bytes: Uint8Array }) {
	const form = new FormData();
	for (const [name, value] of Object.entries(fields)) form.set(name, value);
	form.set(file.field, new Blob([file.bytes as BlobPart], { type: file.type }), file.name);
	const request = new Request('http://x/', { method: 'POST', body: form });
	return client.send('POST', path, { body: new Uint8Array(await request.arrayBuffer()), contentType: request.headers.get('content-type') });
}

const csv = (text: string) => ({ field: 'file', name: 'rooms.csv', type: 'text/csv', bytes: new TextEncoder().encode(text) });

describe('the room inventory over HTTP', () => {
	let app: App;
	let admin: Client;
	let teacher: Client;
	let stranger: Client;
	const roomCount = async () => (await app.db.selectFrom('room').select('id').execute()).length;
	const roomId = async (name: string) => (await app.db.selectFrom('room').select('id').where('name', '=', name).executeTakeFirstOrThrow()).id;

	beforeAll(async () => {
		app = await startAppWithDb();
		admin = await english(await setupFirstAdmin(app.url, { institution: 'Hogeschool Ruimte', name: 'Lotte Logistiek', email: 'lotte@example.nl', password: PASSWORD }));
		teacher = await english((await acceptInvite(await createInvite(admin), { name: 'Tom Docent', email: 'tom@example.nl', password: PASSWORD })).client);
		await createInstitutionDirect(app.db, { institution: 'Universiteit Elders', name: 'Eva', email: 'eva@elders.nl', password: PASSWORD, role: 'admin' });
		stranger = await english(await signIn(app.url, 'eva@elders.nl', PASSWORD));
	}, 60_000);
	afterAll(async () => {
		await app?.stop();
	});

	it('refuses a file with wrong columns, naming them, and imports nothing', async () => {
		const reply = await upload(admin, '/rooms/import', {}, csv('gebouw,room,capacity\nHoofdgebouw,0.12,20\n'));
		expect(reply.status).toBe(400);
		const text = visibleText(reply.text);
		expect(text).toContain(m.rooms.importRefused);
		expect(text).toContain('gebouw');
		expect(text).toContain('building');
		expect(await roomCount()).toBe(0);
	});

	it('refuses a capacity of -3 with its line and column, lists every other problem too, and imports none of the good rows', async () => {
		const reply = await upload(admin, '/rooms/import', {}, csv(`${HEADER}\nHoofdgebouw,0.12,0,28,islands,,wifi,,yes,\nHoofdgebouw,0.14,0,-3,rows,,,,yes,\nAtrium,A1,,20,ballroom,,,,yes,\n`));
		expect(reply.status).toBe(400);
		const text = visibleText(reply.text);
		expect(text).toContain(csvProblem('en', 3, 'capacity', format(m.rooms.capacityInvalid, { min: 1, max: 2000 })).message);
		expect(text).toContain(csvProblem('en', 4, 'layouts', '').message.trim());
		expect(await roomCount()).toBe(0);
	});

	it('imports rooms, and an export imports back unchanged: the same rooms, updated in place', async () => {
		const file = `${HEADER}\nHoofdgebouw,0.12,0,28,islands|flexible,movable-tables|whiteboards,projector|wifi,step-free,yes,"Sleutel bij de receptie, ""altijd"""\nHoofdgebouw,Collegezaal 1,0,300,rows,lectern,projector|sound-system|hybrid,step-free|hearing-loop,yes,\nAtrium,A1.03,1,16,circle,movable-chairs,,,no,=1+1\n`;
		const reply = await upload(admin, '/rooms/import', {}, csv(file));
		expect(reply.status).toBe(200);
		expect(visibleText(reply.text)).toContain(format(m.rooms.imported, { created: 3, updated: 0 }));
		const exported = await teacher.get('/rooms/export');
		expect(exported.status).toBe(200);
		expect(exported.headers.get('content-type')).toBe('text/csv; charset=utf-8');
		// The formula is written as text (CSV injection), and reads back as the same text.
		expect(exported.text).toContain("'=1+1");
		const ids = await app.db.selectFrom('room').select(['id', 'name']).orderBy('name').execute();
		const again = await upload(admin, '/rooms/import', {}, csv(exported.text));
		expect(again.status).toBe(200);
		expect(visibleText(again.text)).toContain(format(m.rooms.imported, { created: 0, updated: 3 }));
		expect(await app.db.selectFrom('room').select(['id', 'name']).orderBy('name').execute()).toEqual(ids);
		expect((await teacher.get('/rooms/export')).text).toBe(exported.text);
	});

	it('lets a keeper add a photo, refuses a 10 MB photo naming the limit and a file that is not an image, and serves the photo to the institution only', async () => {
		const room = await roomId('0.12');
		const tooLarge = await upload(admin, `/rooms/${room}?/addPhoto`, { caption: 'Big' }, { field: 'photo', name: 'big.jpg', type: 'image/jpeg', bytes: new Uint8Array(10 * 1024 * 1024) });
		expect(tooLarge.status).toBe(413);
		expect(visibleText(tooLarge.text)).toContain(format(m.common.fileTooLarge, { size: '8 MB' }));
		const notImage = await upload(admin, `/rooms/${room}?/addPhoto`, { caption: 'Page' }, { field: 'photo', name: 'room.jpg', type: 'image/jpeg', bytes: new TextEncoder().encode('<html><script>alert(1)</script></html>') });
		expect(notImage.status).toBe(400);
		expect(visibleText(notImage.text)).toContain(m.rooms.photoTypeRefused);
		expect((await app.db.selectFrom('room_photo').select('id').execute()).length).toBe(0);

		expect((await upload(admin, `/rooms/${room}?/addPhoto`, { caption: 'Islands seen from the door' }, { field: 'photo', name: 'room.jpg', type: 'image/jpeg', bytes: JPEG })).status).toBe(200);
		const photo = (await app.db.selectFrom('room_photo').select('id').executeTakeFirstOrThrow()).id;
		const page = await teacher.get(`/rooms/${room}`);
		expect(page.text).toContain(`src="/rooms/${room}/photos/${photo}"`);
		expect(page.text).toContain('alt="Islands seen from the door"');
		const served = await teacher.get(`/rooms/${room}/photos/${photo}`);
		expect(served.status).toBe(200);
		expect(served.headers.get('content-type')).toBe('image/jpeg');
		expect(served.headers.get('x-content-type-options')).toBe('nosniff');
		expect(new Uint8Array(served.body)).toEqual(JPEG);
		expect((await stranger.get(`/rooms/${room}/photos/${photo}`)).status).toBe(404);
		expect((await teacher.get(`/rooms/${room}/photos/${photo}`, { anonymous: true })).status).toBeGreaterThanOrEqual(300);
	});

	it('lets everyone in the institution read, score and find, and only keepers change, import, add photos and delete', async () => {
		const room = await roomId('0.12');
		for (const path of ['/rooms', `/rooms/${room}`, '/rooms/find?groupSize=20', '/rooms/heatmap', '/rooms/export']) expect((await teacher.get(path)).status, path).toBe(200);
		for (const path of ['/rooms/new', '/rooms/import', `/rooms/${room}/edit`, `/rooms/${room}/delete`]) {
			const reply = await teacher.get(path);
			expect(reply.status, path).toBe(403);
		}
		const before = await roomCount();
		expect((await teacher.post('/rooms/new', { building: 'Hoofdgebouw', name: '9.99', floor: '', capacity: '10', bookable: 'yes', notes: '' })).status).toBe(403);
		expect((await teacher.post(`/rooms/${room}/edit`, { building: 'Hoofdgebouw', name: '0.12', floor: '', capacity: '10', bookable: 'yes', notes: '' })).status).toBe(403);
		expect((await teacher.post(`/rooms/${room}/delete`, {})).status).toBe(403);
		expect((await upload(teacher, '/rooms/import', {}, csv(`${HEADER}\nX,Y,,10,,,,,yes,\n`))).status).toBe(403);
		expect((await upload(teacher, `/rooms/${room}?/addPhoto`, { caption: 'x' }, { field: 'photo', name: 'room.jpg', type: 'image/jpeg', bytes: JPEG })).status).toBe(403);
		expect(await roomCount()).toBe(before);
		expect((await admin.get('/rooms/new')).status).toBe(200);

		// Named a keeper of the rooms (not of the tools) by the administrator, Tom may change rooms; removed again, not.
		const tom = (await app.db.selectFrom('app_user').select('id').where('email', '=', 'tom@example.nl').executeTakeFirstOrThrow()).id;
		expect((await admin.post('/admin/catalogues?/add', { catalogue: 'rooms', user: tom })).status).toBe(200);
		expect((await teacher.get('/rooms/new')).status).toBe(200);
		expect((await teacher.get(`/rooms/${room}/edit`)).status).toBe(200);
		expect((await admin.post('/admin/catalogues?/remove', { catalogue: 'rooms', user: tom })).status).toBe(200);
		expect((await teacher.get('/rooms/new')).status).toBe(403);
	});

	it('shows another institution’s room to nobody: 404 on every page of it', async () => {
		const room = await roomId('0.12');
		for (const path of [`/rooms/${room}`, `/rooms/${room}/edit`, `/rooms/${room}/delete`]) expect((await stranger.get(path)).status, path).toBe(404);
		expect((await stranger.post(`/rooms/${room}/delete`, {})).status).toBe(404);
		expect(visibleText((await stranger.get('/rooms')).text)).not.toContain('0.12');
		expect((await stranger.get('/rooms/export')).text).not.toContain('0.12');
	});

	it('refuses a room form with a capacity of -3 with a message in English, and stores nothing', async () => {
		const reply = await admin.post('/rooms/new', { building: 'Hoofdgebouw', name: '2.01', floor: '', capacity: '-3', layouts: ['rows', 'ballroom'], bookable: 'yes', notes: '' });
		expect(reply.status).toBe(400);
		const text = visibleText(reply.text);
		expect(text).toContain(format(m.rooms.capacityInvalid, { min: 1, max: 2000 }));
		expect(text).toContain(m.rooms.unknownChoice);
		const doubled = await admin.post('/rooms/new', { building: 'hoofdgebouw', name: '0.12 ', floor: '', capacity: '20', bookable: 'yes', notes: '' });
		expect(doubled.status).toBe(409);
		expect(visibleText(doubled.text)).toContain(format(m.rooms.duplicate, { room: 'hoofdgebouw 0.12' }));
		expect(await roomCount()).toBe(3);
	});

	it('answers bad input with a 4xx or a message, never a 5xx', async () => {
		const room = await roomId('0.12');
		const probes: Array<[string, () => Promise<{ status: number }>]> = [
			['no uuid', () => teacher.get('/rooms/not-a-room')],
			['unknown room', () => teacher.get('/rooms/00000000-0000-4000-8000-000000000000')],
			['unknown photo', () => teacher.get(`/rooms/${room}/photos/00000000-0000-4000-8000-000000000000`)],
			['photo no uuid', () => teacher.get(`/rooms/${room}/photos/..%2F..%2Fetc`)],
			['find nonsense', () => teacher.get('/rooms/find?groupSize=-3&layout=ballroom&learningType=__proto__&find=1')],
			['list nonsense', () => teacher.get('/rooms?capacity=abc&layout=%00&technology=x&building=%F0')],
			['heatmap nonsense', () => teacher.get('/rooms/heatmap?building=nowhere')],
			['find from another design', () => teacher.get('/rooms/find?design=00000000-0000-4000-8000-000000000000&activity=x')],
			['unknown field', () => admin.post('/rooms/new', [['building', 'A'], ['name', 'B'], ['capacity', '10'], ['__proto__', 'x']])],
			['score unknown field', () => teacher.post(`/rooms/${room}?/score`, { 'level.nope': '2' })],
			['score bad level', () => teacher.post(`/rooms/${room}?/score`, { 'level.werkvormen': '7' })],
			['import no file', () => admin.send('POST', '/rooms/import', { contentType: 'application/x-www-form-urlencoded', body: 'file=x' })],
			['import not UTF-8', () => upload(admin, '/rooms/import', {}, { field: 'file', name: 'r.csv', type: 'text/csv', bytes: new Uint8Array([0x62, 0x75, 0x69, 0xff, 0xfe, 0x0a]) })],
			['photo without file', () => admin.send('POST', `/rooms/${room}?/addPhoto`, { contentType: 'application/x-www-form-urlencoded', body: 'caption=x' })],
			['remove unknown photo', () => admin.post(`/rooms/${room}?/removePhoto`, { photo: 'nope' })],
			['a 1 MB note', () => admin.post(`/rooms/${room}/edit`, { building: 'Hoofdgebouw', name: '0.12', floor: '', capacity: '28', bookable: 'yes', notes: 'x'.repeat(1024 * 1024) })]
		];
		for (const [name, probe] of probes) {
			const reply = await probe();
			expect(reply.status, name).toBeLessThan(500);
		}
		const find = visibleText((await teacher.get('/rooms/find?groupSize=-3&find=1')).text);
		expect(find).toContain(format(m.rooms.groupSizeInvalid, { min: 1, max: 2000 }));
		expect(await roomCount()).toBe(3);
	});

	it('deletes a room after its confirmation page, with its photo’s file', async () => {
		const room = await roomId('0.12');
		const confirm = visibleText((await admin.get(`/rooms/${room}/delete`)).text);
		expect(confirm).toContain(format(m.rooms.deletePhotos.one, { count: 1 }));
		const reply = await admin.post(`/rooms/${room}/delete`, {});
		expect(reply.status).toBe(303);
		expect(await roomCount()).toBe(2);
		expect((await app.db.selectFrom('room_photo').select('id').execute()).length).toBe(0);
		const audit = await app.db.selectFrom('audit_event').select(['action', 'object_kind']).where('object_id', '=', room).orderBy('id').execute();
		// Imported, imported again unchanged (no entry), deleted.
		expect(audit.map((a) => a.action)).toEqual(['create', 'delete']);
	});
});
