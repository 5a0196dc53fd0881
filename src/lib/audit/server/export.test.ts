import { describe, expect, it } from 'vitest';
import { parseCsv } from '$lib/server/export/csv-reader';
import { auditExports, auditToCsv } from './export';
import type { AuditEvent } from '../audit';

const event: AuditEvent = {
	id: 7,
	institutionId: 'i',
	at: '2026-12-07T10:15:00.000Z',
	actorUserId: '3f1c2d4e-0000-4000-8000-000000000001',
	action: 'update',
	objectKind: 'action_point',
	objectId: '3f1c2d4e-0000-4000-8000-000000000002',
	fields: ['owner', 'status'],
	via: 'page'
};

describe('the audit trail as CSV', () => {
	it('is one tidy table, read by header, in the chosen language', () => {
		const [header, row, ...rest] = parseCsv(auditToCsv({ language: 'nl', generatedAt: event.at, events: [event] }).toString('utf8').replace(/^\uFEFF/, ''));
		expect(rest).toEqual([]);
		const cell = (name: string) => row![header!.indexOf(name)];
		expect(header).toEqual(['Wanneer', 'Door', 'Handeling', 'Soort', 'Id', 'Velden', 'Via']);
		expect([cell('Wanneer'), cell('Door'), cell('Handeling'), cell('Soort'), cell('Id'), cell('Velden'), cell('Via')]).toEqual([event.at, event.actorUserId, 'Gewijzigd', 'Actiepunt', event.objectId, 'owner, status', 'Pagina']);
		const [english] = parseCsv(auditToCsv({ language: 'en', generatedAt: event.at, events: [] }).toString('utf8').replace(/^\uFEFF/, ''));
		expect(english).toEqual(['When', 'By', 'Action', 'Kind', 'Id', 'Fields', 'Via']);
	});

	it('leaves an empty cell for nobody and makes a cell that starts like a formula inert', () => {
		const [, row] = parseCsv(auditToCsv({ language: 'en', generatedAt: event.at, events: [{ ...event, actorUserId: null, objectId: '-1+cmd' }] }).toString('utf8').replace(/^\uFEFF/, ''));
		expect(row![1]).toBe('');
		expect(row![4]!.startsWith('-')).toBe(false);
	});

	it('downloads as an attachment named by the date, never cached', async () => {
		const response = await auditExports.download({ language: 'en', generatedAt: event.at, events: [event] }, 'csv');
		expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
		expect(response.headers.get('content-disposition')).toBe('attachment; filename="audit-trail-2026-12-07.csv"');
		expect(response.headers.get('cache-control')).toBe('no-store');
	});
});
