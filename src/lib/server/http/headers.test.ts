import { describe, expect, it } from 'vitest';
import { DEFAULT_HSTS_MAX_AGE, transportSecurityHeaders } from './headers.js';

describe('transportSecurityHeaders', () => {
	it('asks browsers to keep to https for a year when the origin is https', () => {
		expect(transportSecurityHeaders('https://blendwijzer.example.nl', undefined)).toEqual({ 'strict-transport-security': `max-age=${DEFAULT_HSTS_MAX_AGE}` });
	});

	it('takes the max-age from the configuration, 0 included', () => {
		expect(transportSecurityHeaders('https://blendwijzer.example.nl', '600')).toEqual({ 'strict-transport-security': 'max-age=600' });
		expect(transportSecurityHeaders('https://blendwijzer.example.nl', '0')).toEqual({ 'strict-transport-security': 'max-age=0' });
	});

	it('sends nothing for a plain-http origin', () => {
		expect(transportSecurityHeaders('http://localhost:3000', '600')).toEqual({});
	});

	it('refuses a max-age that is not a whole number of seconds, so a typo stops the start', () => {
		expect(() => transportSecurityHeaders('https://x.nl', 'een jaar')).toThrow(/HSTS_MAX_AGE/);
		expect(() => transportSecurityHeaders('https://x.nl', '-1')).toThrow(/HSTS_MAX_AGE/);
	});
});
