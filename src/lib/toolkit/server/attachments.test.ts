import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIALECTS, openTestDb, type TestDb } from '$lib/server/db/test-db';
import * as institutions from '$lib/accounts/server/data/institutions';
import * as attachments from './data/product-attachments';
import { addFile, addLink, removeAttachment } from './attachments';
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
			const result = await addFile(t.db, institutionId, 'gedeelde-taal', { title: 'Werkblad', file: { name: '../"werkblad".PDF', type: 'text/html', bytes: pdf } }, 'nl');
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
			expect(await addFile(t.db, institutionId, 'voorbeelden', { title: 'x', file: { name: 'x.pdf', type: 'application/pdf', bytes: html } }, 'nl')).toMatchObject({ ok: false, field: 'file' });
			expect(await addFile(t.db, institutionId, 'voorbeelden', { title: 'x', file: { name: 'x.svg', type: 'image/svg+xml', bytes: html } }, 'en')).toMatchObject({ ok: false, field: 'file' });
			const big = new Uint8Array(MAX_ATTACHMENT_BYTES + 1);
			big.set(pdf);
			expect(await addFile(t.db, institutionId, 'voorbeelden', { title: 'x', file: { name: 'x.pdf', type: '', bytes: big } }, 'nl')).toEqual({ ok: false, status: 413, field: 'file', message: 'Dit bestand is te groot (hoogstens 5 MB).' });
			expect(await addFile(t.db, institutionId, 'voorbeelden', { title: ' ', file: { name: 'x.pdf', type: '', bytes: pdf } }, 'nl')).toMatchObject({ ok: false, field: 'title' });
			expect(await addLink(t.db, institutionId, 'voorbeelden', { title: 'x', url: 'javascript:alert(1)' }, 'nl')).toMatchObject({ ok: false, field: 'url' });
			expect(await attachments.listForProduct(t.db, institutionId, 'voorbeelden')).toEqual(before);
		});

		it('keeps links and removes a file with its bytes', async () => {
			const link = await addLink(t.db, institutionId, 'voorbeelden', { title: 'Site', url: 'https://example.nl/a' }, 'nl');
			expect(link.ok).toBe(true);
			const file = await addFile(t.db, institutionId, 'voorbeelden', { title: 'PDF', file: { name: 'a.pdf', type: '', bytes: pdf } }, 'nl');
			if (!file.ok) throw new Error('not stored');
			expect((await attachments.countByProduct(t.db, institutionId)).get('voorbeelden')).toBe(2);
			expect(await removeAttachment(t.db, otherInstitutionId, 'voorbeelden', file.id)).toBe(false);
			expect(await removeAttachment(t.db, institutionId, 'voorbeelden', file.id)).toBe(true);
			expect(await readAttachment(institutionId, file.id)).toBeUndefined();
			expect((await attachments.listForProduct(t.db, institutionId, 'voorbeelden')).map((a) => a.kind)).toEqual(['link']);
		});
	});
}
