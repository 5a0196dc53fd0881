import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIALECTS, openTestDb, type TestDb } from '$lib/server/db/test-db';
import * as institutions from '$lib/accounts/server/data/institutions';
import * as users from '$lib/accounts/server/data/users';
import type { User } from '$lib/accounts/server/data/users';
import * as roomsTable from './data/rooms';
import * as photos from './data/room-photos';
import { addPhoto, importCsv, removePhoto, removeRoom, scoredRooms } from './rooms';
import { ratingsOf, saveRating } from '$lib/rating/server/ratings';
import { currentInstrumentFor } from '$lib/instrument/server/instruments';
import { ROOM_INSTRUMENT_KEY } from '$lib/instrument';
import { factorsOf } from '$lib/instrument/schema';
import type { RoomFields } from '$lib/rooms/room';
import { roomsCsv } from '$lib/rooms/csv';
import { csvProblem } from '$lib/catalogue/csv';
import { eraseInstitution } from '$lib/accounts/server/erase-institution';

const room: RoomFields = { building: 'Hoofdgebouw', name: '0.12', floor: '0', capacity: 28, layouts: ['islands'], furniture: ['whiteboards'], technology: ['projector', 'wifi'], accessibility: ['step-free'], bookable: true, notes: 'Sleutel bij de receptie' };
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]);
const encode = (text: string) => new TextEncoder().encode(text);

for (const dialect of DIALECTS) {
	describe(`the room inventory on ${dialect}`, () => {
		let t: TestDb;
		let institutionId: string;
		let elsewhere: string;
		let ada: User;
		let dataDir: string;
		let previous: string | undefined;

		beforeAll(async () => {
			t = await openTestDb(dialect);
			dataDir = mkdtempSync(join(tmpdir(), 'bw-rooms-'));
			previous = process.env.DATA_DIR;
			process.env.DATA_DIR = dataDir;
			institutionId = (await institutions.create(t.db, 'Hogeschool Test')).id;
			elsewhere = (await institutions.create(t.db, 'Universiteit Elders')).id;
			ada = await users.create(t.db, { institutionId, email: `ada-${dialect}@example.nl`, name: 'Ada', passwordHash: 'x', role: 'facilitator' });
		});
		afterAll(async () => {
			if (previous === undefined) delete process.env.DATA_DIR;
			else process.env.DATA_DIR = previous;
			rmSync(dataDir, { recursive: true, force: true });
			await t.destroy();
		});

		it('stores a room whole and finds it only within its institution', async () => {
			const saved = await roomsTable.create(t.db, institutionId, room);
			expect(saved.kind).toBe('saved');
			if (saved.kind !== 'saved') return;
			expect(await roomsTable.get(t.db, institutionId, saved.id)).toMatchObject({ ...room, id: saved.id });
			expect(await roomsTable.get(t.db, elsewhere, saved.id)).toBeUndefined();
			expect(await roomsTable.update(t.db, elsewhere, saved.id, { ...room, capacity: 3 })).toEqual({ kind: 'missing' });
			expect(await roomsTable.remove(t.db, elsewhere, saved.id)).toBeUndefined();
			expect((await roomsTable.get(t.db, institutionId, saved.id))!.capacity).toBe(28);
		});

		it('refuses a second room with the same building and name, whatever their case, and lets another institution have one', async () => {
			expect(await roomsTable.create(t.db, institutionId, { ...room, building: 'HOOFDGEBOUW ', name: ' 0.12' })).toEqual({ kind: 'duplicate' });
			expect((await roomsTable.create(t.db, elsewhere, room)).kind).toBe('saved');
			const other = await roomsTable.create(t.db, institutionId, { ...room, name: '0.14' });
			if (other.kind !== 'saved') throw new Error('not saved');
			expect(await roomsTable.update(t.db, institutionId, other.id, { ...room, name: '0.12' })).toEqual({ kind: 'duplicate' });
		});

		it('audits a change with the names of the changed fields only', async () => {
			const saved = await roomsTable.create(t.db, institutionId, { ...room, name: '1.01' });
			if (saved.kind !== 'saved') throw new Error('not saved');
			await roomsTable.update(t.db, institutionId, saved.id, { ...room, name: '1.01', capacity: 30, notes: 'Geheim' });
			const entries = await t.db.selectFrom('audit_event').select(['action', 'fields', 'object_kind']).where('object_id', '=', saved.id).orderBy('id').execute();
			expect(entries).toEqual([
				{ action: 'create', fields: '', object_kind: 'room' },
				{ action: 'update', fields: 'capacity,notes', object_kind: 'room' }
			]);
		});

		it('imports a CSV all or nothing: a known room is updated in place, a new one added, and a bad row stores nothing', async () => {
			const before = await roomsTable.list(t.db, institutionId);
			const existing = before.find((r) => r.name === '0.12')!;
			const bad = encode('building,room,capacity\nHoofdgebouw,0.12,40\nHoofdgebouw,2.01,-3\n');
			const refused = await importCsv(t.db, institutionId, bad, 'en');
			expect(refused.ok).toBe(false);
			if (!refused.ok) expect(refused.problems).toContainEqual(csvProblem('en', 3, 'capacity', 'The number of places must be a whole number from 1 to 2000.'));
			expect(await roomsTable.list(t.db, institutionId)).toEqual(before);

			const doubled = await importCsv(t.db, institutionId, encode('building,room,capacity\nAtrium,A1,10\natrium,a1,12\n'), 'nl');
			expect(doubled).toEqual({ ok: false, problems: [csvProblem('nl', 3, 'room', 'Deze ruimte staat ook op regel 2.')] });

			const result = await importCsv(t.db, institutionId, encode('building,room,capacity,technology\nhoofdgebouw,0.12,40,hybrid|wifi\nAtrium,A1,12,\n'), 'nl');
			expect(result).toEqual({ ok: true, created: 1, updated: 1 });
			const after = await roomsTable.get(t.db, institutionId, existing.id);
			expect(after).toMatchObject({ capacity: 40, technology: ['hybrid', 'wifi'] });
			const vias = await t.db.selectFrom('audit_event').select(['via', 'action']).where('object_id', '=', existing.id).where('via', '=', 'import').execute();
			expect(vias).toEqual([{ via: 'import', action: 'update' }]);
		});

		it('writes an export that imports back to the same rooms', async () => {
			const rooms = await roomsTable.list(t.db, institutionId);
			const result = await importCsv(t.db, institutionId, encode(roomsCsv(rooms)), 'nl');
			expect(result).toEqual({ ok: true, created: 0, updated: rooms.length });
			expect(await roomsTable.list(t.db, institutionId)).toEqual(rooms);
		});

		it('keeps a photo’s bytes outside the database and refuses a photo too large or not an image, storing nothing', async () => {
			const saved = await roomsTable.create(t.db, institutionId, { ...room, name: 'Fotozaal' });
			if (saved.kind !== 'saved') throw new Error('not saved');
			const tooLarge = await addPhoto(t.db, institutionId, saved.id, { caption: 'Zaal', file: { name: 'groot.jpg', type: 'image/jpeg', bytes: new Uint8Array(10 * 1024 * 1024) } }, 'en');
			expect(tooLarge).toEqual({ ok: false, status: 413, field: 'file', message: 'This file is too large (at most 8 MB).' });
			const html = await addPhoto(t.db, institutionId, saved.id, { caption: 'Zaal', file: { name: 'zaal.jpg', type: 'image/jpeg', bytes: encode('<html>') } }, 'nl');
			expect(html).toMatchObject({ ok: false, status: 400, field: 'file' });
			expect(await photos.listForRoom(t.db, institutionId, saved.id)).toEqual([]);

			const added = await addPhoto(t.db, institutionId, saved.id, { caption: 'Eilanden vanaf de deur', file: { name: 'zaal.jpg', type: 'image/jpeg', bytes: JPEG } }, 'nl');
			if (!added.ok) throw new Error('refused');
			expect(existsSync(join(dataDir, 'attachments', institutionId, added.id))).toBe(true);
			expect(await photos.listForRoom(t.db, institutionId, saved.id)).toMatchObject([{ id: added.id, caption: 'Eilanden vanaf de deur', contentType: 'image/jpeg', size: JPEG.length }]);
			expect(await removePhoto(t.db, elsewhere, saved.id, added.id)).toBe(false);
			expect(await removePhoto(t.db, institutionId, saved.id, added.id)).toBe(true);
			expect(existsSync(join(dataDir, 'attachments', institutionId, added.id))).toBe(false);
		});

		it('deletes a room with its photos, their files and its ratings', async () => {
			const saved = await roomsTable.create(t.db, institutionId, { ...room, name: 'Weg' });
			if (saved.kind !== 'saved') throw new Error('not saved');
			const added = await addPhoto(t.db, institutionId, saved.id, { caption: 'Zaal', file: { name: 'zaal.jpg', type: 'image/jpeg', bytes: JPEG } }, 'nl');
			if (!added.ok) throw new Error('refused');
			const instrument = await currentInstrumentFor(t.db, institutionId, ROOM_INSTRUMENT_KEY);
			const first = factorsOf(instrument)[0]!.factor.key;
			const scored = await saveRating(t.db, { institutionId, kind: 'room', subjectId: saved.id, raterId: ada.id, instrument, form: new URLSearchParams({ [`level.${first}`]: '2' }), language: 'nl' });
			expect(scored.ok).toBe(true);
			expect((await scoredRooms(t.db, institutionId)).rooms.find((r) => r.id === saved.id)!.summary.raters).toBe(1);

			expect(await removeRoom(t.db, institutionId, saved.id)).toBe(true);
			expect(await roomsTable.get(t.db, institutionId, saved.id)).toBeUndefined();
			expect(await photos.listForRoom(t.db, institutionId, saved.id)).toEqual([]);
			expect(await ratingsOf(t.db, institutionId, 'room', saved.id)).toEqual([]);
			expect(existsSync(join(dataDir, 'attachments', institutionId, added.id))).toBe(false);
		});

		it('goes with its institution: rooms, photos and their files', async () => {
			const gone = (await institutions.create(t.db, 'Hogeschool Weg')).id;
			const saved = await roomsTable.create(t.db, gone, room);
			if (saved.kind !== 'saved') throw new Error('not saved');
			const added = await addPhoto(t.db, gone, saved.id, { caption: 'Zaal', file: { name: 'zaal.jpg', type: 'image/jpeg', bytes: JPEG } }, 'nl');
			if (!added.ok) throw new Error('refused');
			expect(await eraseInstitution(t.db, gone)).toBe(true);
			expect(await t.db.selectFrom('room').select('id').where('institution_id', '=', gone).execute()).toEqual([]);
			expect(await t.db.selectFrom('room_photo').select('id').where('institution_id', '=', gone).execute()).toEqual([]);
			expect(existsSync(join(dataDir, 'attachments', gone))).toBe(false);
		});
	});
}
