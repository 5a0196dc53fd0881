/**
 * Strict-Transport-Security: sent on every response when Blendwijzer's ORIGIN is https (behind a
 * TLS-terminating proxy), with the configured max-age; never for a plain-http ORIGIN.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { startApp } from './global-setup';

describe('Strict-Transport-Security', () => {
	const stops: Array<() => Promise<void>> = [];
	afterAll(async () => {
		for (const stop of stops) await stop();
	});

	it('is on pages, redirects, errors and static files when the origin is https, with the configured max-age', async () => {
		const app = await startApp({ ORIGIN: 'https://blendwijzer.example.nl', HSTS_MAX_AGE: '600' });
		stops.push(app.stop);
		for (const path of ['/login', '/', '/no/such/page', '/favicon.svg']) {
			const reply = await fetch(`${app.url}${path}`, { redirect: 'manual' });
			expect(reply.headers.get('strict-transport-security'), path).toBe('max-age=600');
		}
	});

	it('is not sent when the origin is plain http', async () => {
		const app = await startApp();
		stops.push(app.stop);
		const reply = await fetch(`${app.url}/login`);
		expect(reply.status).toBe(200);
		expect(reply.headers.get('strict-transport-security')).toBeNull();
	});
});
