import { describe, expect, it } from 'vitest';
import { parseAuthConfig } from './config';

const ORIGIN = 'https://blendwijzer.example.nl';
const SSO = { OIDC_ISSUER: 'https://connect.surfconext.nl', OIDC_CLIENT_ID: 'blendwijzer', OIDC_CLIENT_SECRET: 's3cret' };

describe('the sign-in configuration', () => {
	it('is passwords only, as before, when nothing is set', () => {
		expect(parseAuthConfig({}, ORIGIN)).toEqual({ ok: true, config: { sso: null, passwordLogin: true } });
	});

	it('turns single sign-on on with issuer, client id and secret, with SURFconext’s claims by default and the callback under ORIGIN', () => {
		const result = parseAuthConfig(SSO, ORIGIN);
		expect(result).toEqual({
			ok: true,
			config: {
				passwordLogin: true,
				sso: {
					issuer: 'https://connect.surfconext.nl',
					clientId: 'blendwijzer',
					clientSecret: 's3cret',
					institutionClaim: 'schac_home_organization',
					subjectClaim: 'sub',
					scopes: 'openid profile email',
					displayName: 'SURFconext',
					redirectUri: 'https://blendwijzer.example.nl/login/oidc/callback',
					postLogoutRedirectUri: 'https://blendwijzer.example.nl/login'
				}
			}
		});
	});

	it('takes other claim names, scopes and a button name, and switches passwords off', () => {
		const result = parseAuthConfig({ ...SSO, OIDC_INSTITUTION_CLAIM: 'org', OIDC_SUBJECT_CLAIM: 'eduperson_principal_name', OIDC_SCOPES: 'openid  email', OIDC_DISPLAY_NAME: 'HAN-login', PASSWORD_LOGIN: 'OFF' }, ORIGIN);
		expect(result.ok && result.config.passwordLogin).toBe(false);
		expect(result.ok && result.config.sso).toMatchObject({ institutionClaim: 'org', subjectClaim: 'eduperson_principal_name', scopes: 'openid email', displayName: 'HAN-login' });
	});

	it('refuses passwords off without single sign-on, since nobody could sign in', () => {
		expect(parseAuthConfig({ PASSWORD_LOGIN: 'off' }, ORIGIN)).toEqual({ ok: false, problems: [expect.stringContaining('nobody can sign in')] });
	});

	it('names every problem of a configuration that cannot work', () => {
		const result = parseAuthConfig({ OIDC_ISSUER: 'http://idp.example.nl?x=1', OIDC_INSTITUTION_CLAIM: 'a claim', OIDC_SCOPES: 'email', PASSWORD_LOGIN: 'nee' }, ORIGIN);
		expect(result.ok).toBe(false);
		const problems = result.ok ? [] : result.problems;
		expect(problems).toEqual([
			expect.stringContaining('PASSWORD_LOGIN must be "on" or "off"'),
			expect.stringContaining('OIDC_ISSUER must use https'),
			expect.stringContaining('OIDC_ISSUER must have no query'),
			expect.stringContaining('OIDC_CLIENT_ID is missing'),
			expect.stringContaining('OIDC_CLIENT_SECRET is missing'),
			expect.stringContaining('OIDC_INSTITUTION_CLAIM must be a claim name'),
			expect.stringContaining('OIDC_SCOPES must include "openid"')
		]);
	});

	it('refuses an issuer that is no address, and client settings without an issuer', () => {
		expect(parseAuthConfig({ ...SSO, OIDC_ISSUER: 'surfconext' }, ORIGIN)).toEqual({ ok: false, problems: [expect.stringContaining('OIDC_ISSUER must be the provider’s address'.replace('’', "'"))] });
		expect(parseAuthConfig({ OIDC_CLIENT_ID: 'x', OIDC_CLIENT_SECRET: 'y' }, ORIGIN)).toEqual({ ok: false, problems: ['OIDC_CLIENT_ID, OIDC_CLIENT_SECRET are set but OIDC_ISSUER is not: set OIDC_ISSUER to turn single sign-on on, or remove them.'] });
	});

	it('allows plain http only for a provider on this machine', () => {
		expect(parseAuthConfig({ ...SSO, OIDC_ISSUER: 'http://127.0.0.1:4000' }, 'http://localhost:3000').ok).toBe(true);
		expect(parseAuthConfig({ ...SSO, OIDC_ISSUER: 'http://localhost:4000/oidc' }, 'http://localhost:3000').ok).toBe(true);
	});
});
