/** Validation shared by the first-run setup, the invitation page and the administration page. */
import { format, messages, type Language } from '$lib/i18n';
import { EMAIL_PATTERN, requiredLine, type FormErrors } from '$lib/server/http/forms';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './passwords';
import { passwordProblem, type PasswordProblem } from '$lib/accounts/password-policy';
import { commonPasswords } from './common-passwords';

export interface AccountFields {
	name: string;
	email: string;
	password: string;
	passwordRepeat: string;
}

/** The longest name of a person, a unit or an institution. */
export const MAX_NAME_LENGTH = 200;

/** A person's or a unit's name. */
export const nameField = (language: Language) => requiredLine(MAX_NAME_LENGTH, messages(language).auth.errors.nameRequired);

/** The institution's name. */
export const institutionField = (language: Language) => requiredLine(MAX_NAME_LENGTH, messages(language).auth.errors.institutionRequired);

export function validateAccount(fields: AccountFields, language: Language): FormErrors {
	const m = messages(language).auth.errors;
	const errors: FormErrors = {};
	const name = nameField(language).safeParse(fields.name);
	if (!name.success) errors.name = name.error.issues[0]!.message;
	const email = fields.email.trim();
	if (!EMAIL_PATTERN.test(email) || email.length > 254) errors.email = m.emailInvalid;
	const problem = passwordProblem(fields.password, { name: fields.name, email }, commonPasswords());
	if (problem) errors.password = passwordMessage(problem, language);
	else if (fields.password !== fields.passwordRepeat) errors.passwordRepeat = m.passwordMismatch;
	return errors;
}

/** What the form says about a refused password, in the user's language. */
export function passwordMessage(problem: PasswordProblem, language: Language): string {
	const m = messages(language).auth.errors;
	const texts: Record<PasswordProblem, string> = {
		short: format(m.passwordShort, { min: MIN_PASSWORD_LENGTH }),
		long: format(m.passwordLong, { max: MAX_PASSWORD_LENGTH }),
		blank: m.passwordBlank,
		common: m.passwordCommon,
		predictable: m.passwordPredictable,
		personal: m.passwordPersonal
	};
	return texts[problem];
}
