import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readJson, MAX_JSON_BYTES } from './json-body';

const schema = z.object({ n: z.number() }).strict();
const request = (body: BodyInit, contentType = 'application/json', headers: Record<string, string> = {}) =>
	new Request('http://localhost/x', { method: 'POST', body, headers: { 'content-type': contentType, ...headers } });
const statusOf = async (promise: Promise<unknown>) => {
	try {
		await promise;
		return 200;
	} catch (e) {
		return (e as { status?: number }).status ?? 0;
	}
};

describe('reading a JSON body', () => {
	it('returns the value when it is JSON and fits the schema', async () => {
		expect(await readJson(request('{"n":3}'), 'nl', schema)).toEqual({ n: 3 });
	});

	it('answers 415 for another content type, 400 for broken or unexpected JSON, 413 for a body that is too large', async () => {
		expect(await statusOf(readJson(request('{"n":3}', 'text/plain'), 'nl', schema))).toBe(415);
		expect(await statusOf(readJson(request('{"n":'), 'nl', schema))).toBe(400);
		expect(await statusOf(readJson(request('{"n":"3"}'), 'nl', schema))).toBe(400);
		expect(await statusOf(readJson(request('{"n":3,"x":1}'), 'nl', schema))).toBe(400);
		expect(await statusOf(readJson(request(`{"n":3,"p":"${'x'.repeat(MAX_JSON_BYTES)}"}`), 'nl', schema))).toBe(413);
	});

	it('refuses invalid UTF-8 instead of storing replacement characters', async () => {
		expect(await statusOf(readJson(request(new Uint8Array([0x7b, 0x22, 0x6e, 0x22, 0x3a, 0x22, 0xff, 0x22, 0x7d])), 'nl', z.object({ n: z.string() })))).toBe(400);
	});
});
