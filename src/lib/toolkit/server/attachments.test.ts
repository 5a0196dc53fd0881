import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIALECTS, openTestDb, type TestDb } from '$lib/server/db/test-db';
import * as institutions from '$lib/accounts/server/data/institutions';
import * as attachments from './data/product-attachments';
import { addFile, addLink, attachmentsForReader, changeVisibility, downloadableFile, removeAttachment } from './attachments';
import { readAttachment } from './attachment-files';
import { MAX_ATTACHMENT_BYTES } from '$lib/toolkit/attachment-types';

const pdf = new TextEncoder().encode('%PDF-1.7\n% een klein pdf-bestand\n');

for (const dialect of DIALECTS) {
	describe(`product attachments on ${dialect}`, () => {
		let t: TestDb;
		let dataDir: string;
		let previous: string | undefined;
		let institutionId: string;
		let otherInstitutionId: string;

		beforeAll(async () => {
			t = await openTestDb(dialect);
			dataDir = mkdtempSync(join(tmpdir(), 'bw-attach-'));
			previous = process.env.DATA_DIR;
			process.env.DATA_DIR = dataDir;
			institutionId = (await institutions.create(t.db, 'Hogeschool Bijlage')).id;
			otherInstitutionId = (await institutions.create(t.db, 'Universiteit Anders')).id;
		});
		afterAll(async () => {
			if (previous === undefined) delete process.env.DATA_DIR;
			else process.env.DATA_DIR = previous;
			rmSync(dataDir, { recursive: true, force: true });
			await t.destroy();
		});

		it('stores a checked file outside the web root under our own id, with our content type and a safe name', async () => {
			const result = await addFile(t.db, institutionId, 'gedeelde-taal', { title: 'Werkblad', file: { name: '../"werkblad".PDF', type: 'text/html', bytes: pdf }, visibility: '' }, 'nl');
			expect(result.ok).toBe(true);
			if (!result.ok) return;
			const [stored] = await attachments.listForProduct(t.db, institutionId, 'gedeelde-taal');
			expect(stored).toMatchObject({ kind: 'file', title: 'Werkblad', fileName: '_werkblad_.pdf', contentType: 'application/pdf', size: pdf.length });
			expect(new Uint8Array((await readAttachment(institutionId, result.id))!)).toEqual(pdf);
			expect(readdirSync(join(dataDir, 'attachments', institutionId))).toEqual([result.id]);
			expect(await attachments.getInInstitution(t.db, otherInstitutionId, 'gedeelde-taal', result.id)).toBeUndefined();
		});

		it('refuses a mistyped, oversized or untitled file and a javascript: link, storing nothing', async () => {
			const before = await attachments.listForProduct(t.db, institutionId, 'voorbeelden');
			const html = new TextEncoder().encode('<html><script>alert(1)</script></html>');
			expect(await addFile(t.db, institutionId, 'voorbeelden', { title: 'x', file: { name: 'x.pdf', type: 'application/pdf', bytes: html }, visibility: '' }, 'nl')).toMatchObject({ ok: false, field: 'file' });
			expect(await addFile(t.db, institutionId, 'voorbeelden', { title: 'x', file: { name: 'x.svg', type: 'image/svg+xml', bytes: html }, visibility: '' }, 'en')).toMatchObject({ ok: false, field: 'file' });
			const big = new Uint8Array(MAX_ATTACHMENT_BYTES + 1);
			big.set(pdf);
			expect(await addFile(t.db, institutionId, 'voorbeelden', { title: 'x', file: { name: 'x.pdf', type: '', bytes: big }, visibility: '' }, 'nl')).toEqual({ ok: false, status: 413, field: 'file', message: 'Dit bestand is te groot (hoogstens 5 MB).' });
			expect(await addFile(t.db, institutionId, 'voorbeelden', { title: ' ', file: { name: 'x.pdf', type: '', bytes: pdf }, visibility: '' }, 'nl')).toMatchObject({ ok: false, field: 'title' });
			expect(await addLink(t.db, institutionId, 'voorbeelden', { title: 'x', url: 'javascript:alert(1)', visibility: '' }, 'nl')).toMatchObject({ ok: false, field: 'url' });
			expect(await attachments.listForProduct(t.db, institutionId, 'voorbeelden')).toEqual(before);
		});

		it('keeps links and removes a file with its bytes', async () => {
			const link = await addLink(t.db, institutionId, 'voorbeelden', { title: 'Site', url: 'https://example.nl/a', visibility: '' }, 'nl');
			expect(link.ok).toBe(true);
			const file = await addFile(t.db, institutionId, 'voorbeelden', { title: 'PDF', file: { name: 'a.pdf', type: '', bytes: pdf }, visibility: '' }, 'nl');
			if (!file.ok) throw new Error('not stored');
			expect((await attachments.countByProduct(t.db, institutionId)).get('voorbeelden')).toBe(2);
			expect(await removeAttachment(t.db, otherInstitutionId, 'voorbeelden', file.id)).toBe(false);
			expect(await removeAttachment(t.db, institutionId, 'voorbeelden', file.id)).toBe(true);
			expect(await readAttachment(institutionId, file.id)).toBeUndefined();
			expect((await attachments.listForProduct(t.db, institutionId, 'voorbeelden')).map((a) => a.kind)).toEqual(['link']);
		});
	
		it('keeps a new attachment for signed-in users unless the admin makes it public, and lets only its own institution change that', async () => {
			const file = await addFile(t.db, institutionId, 'routeplanner-docent', { title: 'Intern', file: { name: 'i.pdf', type: '', bytes: pdf }, visibility: '' }, 'nl');
			const link = await addLink(t.db, institutionId, 'routeplanner-docent', { title: 'Open', url: 'https://example.nl/open', visibility: 'public' }, 'nl');
			if (!file.ok || !link.ok) throw new Error('not stored');
			const all = await attachments.listForProduct(t.db, institutionId, 'routeplanner-docent');
			expect(all.map((a) => `${a.title}: ${a.visibility}`).sort()).toEqual(['Intern: signed-in', 'Open: public']);
			expect((await attachments.listForProduct(t.db, institutionId, 'routeplanner-docent', { publicOnly: true })).map((a) => a.title)).toEqual(['Open']);

			expect(await changeVisibility(t.db, otherInstitutionId, 'routeplanner-docent', file.id, 'public')).toBe(false);
			expect(await changeVisibility(t.db, institutionId, 'routeplanner-docent', file.id, 'iedereen')).toBe(false);
			expect(await changeVisibility(t.db, institutionId, 'voorbeelden', file.id, 'public')).toBe(false);
			expect((await attachments.listForProduct(t.db, institutionId, 'routeplanner-docent', { publicOnly: true })).map((a) => a.title)).toEqual(['Open']);
			expect(await changeVisibility(t.db, institutionId, 'routeplanner-docent', file.id, 'public')).toBe(true);
			expect((await attachments.listForProduct(t.db, institutionId, 'routeplanner-docent', { publicOnly: true })).map((a) => a.title).sort()).toEqual(['Intern', 'Open']);
			expect(await changeVisibility(t.db, institutionId, 'routeplanner-docent', file.id, 'signed-in')).toBe(true);
		});

		it('refuses a visibility that is neither choice, storing nothing', async () => {
			const before = await attachments.listForProduct(t.db, institutionId, 'voorbeelden');
			expect(await addLink(t.db, institutionId, 'voorbeelden', { title: 'x', url: 'https://example.nl', visibility: 'PUBLIC' }, 'en')).toEqual({
				ok: false,
				status: 400,
				field: 'visibility',
				message: 'Choose who may see the attachment: everyone, or only signed-in users.'
			});
			expect(await addFile(t.db, institutionId, 'voorbeelden', { title: 'x', file: { name: 'x.pdf', type: '', bytes: pdf }, visibility: 'alle' }, 'nl')).toMatchObject({ ok: false, field: 'visibility' });
			expect(await attachments.listForProduct(t.db, institutionId, 'voorbeelden')).toEqual(before);
		});

		it('treats a row stored before visibility existed as signed-in only', async () => {
			// What migration 0015 does to attachments made before it: the column's default.
			await t.db
				.insertInto('product_attachment')
				.values({ id: '00000000-0000-4000-8000-000000000015', institution_id: institutionId, product_key: 'oud', kind: 'link', title: 'Oud', url: 'https://example.nl/oud', file_name: null, content_type: null, size: null, created_at: '2026-01-01T00:00:00.000Z' })
				.execute();
			expect((await attachments.listForProduct(t.db, institutionId, 'oud')).map((a) => a.visibility)).toEqual(['signed-in']);
			expect(await attachments.listForProduct(t.db, institutionId, 'oud', { publicOnly: true })).toEqual([]);
		});

		it('offers a visitor only the public files of the institution it reads, and a signed-in user all of its own', async () => {
			const secret = await addFile(t.db, institutionId, 'leeswijzer', { title: 'Geheim', file: { name: 's.pdf', type: '', bytes: pdf }, visibility: 'signed-in' }, 'nl');
			const open = await addFile(t.db, institutionId, 'leeswijzer', { title: 'Open', file: { name: 'o.pdf', type: '', bytes: pdf }, visibility: 'public' }, 'nl');
			if (!secret.ok || !open.ok) throw new Error('not stored');
			const visitor = { institutionId, signedIn: false };
			const member = { institutionId, signedIn: true };
			const stranger = { institutionId: otherInstitutionId, signedIn: true };
			expect((await attachmentsForReader(t.db, visitor, 'leeswijzer')).map((a) => a.title)).toEqual(['Open']);
			expect((await attachmentsForReader(t.db, member, 'leeswijzer')).map((a) => a.title).sort()).toEqual(['Geheim', 'Open']);
			expect(await attachmentsForReader(t.db, null, 'leeswijzer')).toEqual([]);
			expect(await downloadableFile(t.db, visitor, 'leeswijzer', secret.id)).toBeUndefined();
			expect(await downloadableFile(t.db, visitor, 'leeswijzer', open.id)).toMatchObject({ title: 'Open' });
			expect(await downloadableFile(t.db, member, 'leeswijzer', secret.id)).toMatchObject({ title: 'Geheim' });
			expect(await downloadableFile(t.db, stranger, 'leeswijzer', open.id)).toBeUndefined();
			expect(await downloadableFile(t.db, visitor, 'voorbeelden', open.id)).toBeUndefined();
		});
	});
}
