import { describe, expect, it } from 'vitest';
import { identityFromClaims, institutionValueProblem, normaliseInstitutionValue } from './claims';

const NAMES = { subjectClaim: 'sub', institutionClaim: 'schac_home_organization' };

describe('the identity in a provider’s claims', () => {
	it('takes the subject, the institution, a verified e-mail address and the name', () => {
		expect(identityFromClaims({ sub: 'abc123', schac_home_organization: 'HAN.nl', email: 'Ada@HAN.nl', email_verified: true, name: ' Ada  Lovelace ' }, NAMES)).toEqual({
			ok: true,
			identity: { subject: 'abc123', institutionValues: ['han.nl'], email: 'ada@han.nl', name: 'Ada Lovelace' }
		});
	});

	it('reads an institution claim that lists several values, without repeats or unusable ones', () => {
		const result = identityFromClaims({ sub: 's', schac_home_organization: ['han.nl', 'HAN.NL', 'ru.nl', 7, '', 'a b'] }, NAMES);
		expect(result.ok && result.identity.institutionValues).toEqual(['han.nl', 'ru.nl']);
	});

	it('uses the configured claims, not the defaults', () => {
		const result = identityFromClaims({ sub: 'ignored', eppn: 'ada@han.nl', org: 'han.nl' }, { subjectClaim: 'eppn', institutionClaim: 'org' });
		expect(result.ok && result.identity.subject).toBe('ada@han.nl');
	});

	it('refuses claims without a subject or without an institution', () => {
		expect(identityFromClaims({ schac_home_organization: 'han.nl' }, NAMES)).toEqual({ ok: false, problem: 'noSubject' });
		expect(identityFromClaims({ sub: { id: 1 }, schac_home_organization: 'han.nl' }, NAMES)).toEqual({ ok: false, problem: 'noSubject' });
		expect(identityFromClaims({ sub: 'x'.repeat(256), schac_home_organization: 'han.nl' }, NAMES)).toEqual({ ok: false, problem: 'noSubject' });
		expect(identityFromClaims({ sub: 'abc' }, NAMES)).toEqual({ ok: false, problem: 'noInstitution' });
		expect(identityFromClaims({ sub: 'abc', schac_home_organization: [' '] }, NAMES)).toEqual({ ok: false, problem: 'noInstitution' });
	});

	it('leaves out an e-mail address the provider says is not verified, or that is no address', () => {
		const claims = (email: unknown, verified?: boolean) => identityFromClaims({ sub: 's', schac_home_organization: 'han.nl', email, email_verified: verified }, NAMES);
		const email = (r: ReturnType<typeof identityFromClaims>) => (r.ok ? r.identity.email : 'refused');
		expect(email(claims('ada@han.nl', false))).toBeNull();
		expect(email(claims('not an address'))).toBeNull();
		expect(email(claims(['ada@han.nl']))).toBeNull();
		expect(email(claims('ada@han.nl'))).toBe('ada@han.nl');
	});

	it('names the person by name, by given and family name, by e-mail address or else by subject', () => {
		const name = (claims: Record<string, unknown>) => {
			const r = identityFromClaims({ sub: 'abc', schac_home_organization: 'han.nl', ...claims }, NAMES);
			return r.ok ? r.identity.name : 'refused';
		};
		expect(name({ given_name: 'Ada', family_name: 'Lovelace' })).toBe('Ada Lovelace');
		expect(name({ email: 'ada@han.nl' })).toBe('ada@han.nl');
		expect(name({})).toBe('abc');
		expect(name({ name: 'x'.repeat(300) })).toHaveLength(200);
	});
});

describe('an institution value an administrator sets', () => {
	it('is compared without case or surrounding spaces', () => {
		expect(normaliseInstitutionValue(' HAN.nl ')).toBe('han.nl');
	});

	it('must be one word of at most 100 characters', () => {
		expect(institutionValueProblem('han.nl')).toBeNull();
		expect(institutionValueProblem('   ')).toBe('empty');
		expect(institutionValueProblem('han nl')).toBe('spaces');
		expect(institutionValueProblem('h'.repeat(101))).toBe('long');
	});
});
