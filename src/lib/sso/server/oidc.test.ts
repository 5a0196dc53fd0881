import { describe, expect, it } from 'vitest';
import { AuthorizationResponseError, ClientError } from 'openid-client';
import { classifyFailure } from './oidc';

describe('a failed exchange with the provider', () => {
	it('is the provider being down when it cannot be reached or answers with an error page', () => {
		expect(classifyFailure(new TypeError('fetch failed')).reason).toBe('providerDown');
		expect(classifyFailure(Object.assign(new ClientError('operation timed out'), { code: 'OAUTH_TIMEOUT' })).reason).toBe('providerDown');
		expect(classifyFailure(Object.assign(new ClientError('unexpected HTTP response status code'), { code: 'OAUTH_RESPONSE_IS_NOT_CONFORM' })).reason).toBe('providerDown');
	});

	it('is another issuer when the issuer does not match, and an invalid answer otherwise', () => {
		const iss = new ClientError('invalid response encountered', { cause: new Error('unexpected "iss" (issuer) response parameter value') });
		expect(classifyFailure(iss).reason).toBe('wrongIssuer');
		expect(classifyFailure(new ClientError('discovered metadata issuer does not match the expected issuer')).reason).toBe('wrongIssuer');
		expect(classifyFailure(new ClientError('JWS signature verification failed')).reason).toBe('invalidAnswer');
	});

	it('is a refusal when the provider answered with an error', () => {
		const refused = new AuthorizationResponseError('authorization response from the server is an error', { cause: new URLSearchParams({ error: 'access_denied' }) });
		expect(classifyFailure(refused).reason).toBe('providerRefused');
	});
});
