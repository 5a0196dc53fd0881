/**
 * From the claims a provider sent to the person Blendwijzer knows: who they are for good (the
 * subject claim), which institution names them (the institution claim: one value or a list), and
 * an e-mail address and name to show. Claims are whatever the provider sent; nothing here trusts
 * their shape.
 */

export interface Identity {
	subject: string;
	/** Every value of the institution claim, normalised (see `normaliseInstitutionValue`). */
	institutionValues: string[];
	/** Lower-cased; null when the provider sent none, or one it says is not verified. */
	email: string | null;
	name: string;
}

export type IdentityProblem = 'noSubject' | 'noInstitution';

export type IdentityResult = { ok: true; identity: Identity } | { ok: false; problem: IdentityProblem };

export const MAX_SUBJECT_LENGTH = 255;
export const MAX_INSTITUTION_VALUE_LENGTH = 100;
const MAX_NAME_LENGTH = 200;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Institution values compare without case and surrounding spaces: `HAN.nl ` names `han.nl`. */
export function normaliseInstitutionValue(value: string): string {
	return value.trim().toLowerCase();
}

/** Why an administrator's institution value is refused, or null when it is fine. */
export function institutionValueProblem(value: string): 'empty' | 'long' | 'spaces' | null {
	const v = normaliseInstitutionValue(value);
	if (v === '') return 'empty';
	if (v.length > MAX_INSTITUTION_VALUE_LENGTH) return 'long';
	if (/\s/.test(v)) return 'spaces';
	return null;
}

export function identityFromClaims(claims: Readonly<Record<string, unknown>>, names: { subjectClaim: string; institutionClaim: string }): IdentityResult {
	const rawSubject = claims[names.subjectClaim];
	const subject = typeof rawSubject === 'string' ? rawSubject.trim() : typeof rawSubject === 'number' ? String(rawSubject) : '';
	if (subject === '' || subject.length > MAX_SUBJECT_LENGTH) return { ok: false, problem: 'noSubject' };

	const raw = claims[names.institutionClaim];
	const listed = typeof raw === 'string' ? [raw] : Array.isArray(raw) ? raw.filter((v): v is string => typeof v === 'string') : [];
	const institutionValues = [...new Set(listed.map(normaliseInstitutionValue))].filter((v) => institutionValueProblem(v) === null);
	if (institutionValues.length === 0) return { ok: false, problem: 'noInstitution' };

	const rawEmail = typeof claims.email === 'string' ? claims.email.trim().toLowerCase() : '';
	const email = rawEmail.length <= 254 && EMAIL.test(rawEmail) && claims.email_verified !== false ? rawEmail : null;

	const text = (key: string) => (typeof claims[key] === 'string' ? (claims[key] as string).replace(/\s+/g, ' ').trim() : '');
	const name = (text('name') || [text('given_name'), text('family_name')].filter(Boolean).join(' ') || email || subject).slice(0, MAX_NAME_LENGTH);

	return { ok: true, identity: { subject, institutionValues, email, name } };
}
