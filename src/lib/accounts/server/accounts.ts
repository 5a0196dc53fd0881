/** Validation shared by the first-run setup and the invitation page. */
import { format, messages, type Language } from '$lib/i18n';
import { EMAIL_PATTERN, type FormErrors } from '$lib/server/http/forms';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './passwords';

export interface AccountFields {
	name: string;
	email: string;
	password: string;
	passwordRepeat: string;
}

export function validateAccount(fields: AccountFields, language: Language): FormErrors {
	const m = messages(language).auth.errors;
	const errors: FormErrors = {};
	const name = fields.name.trim();
	if (name.length === 0 || name.length > 200) errors.name = m.nameRequired;
	const email = fields.email.trim();
	if (!EMAIL_PATTERN.test(email) || email.length > 254) errors.email = m.emailInvalid;
	if ([...fields.password].length < MIN_PASSWORD_LENGTH) errors.password = format(m.passwordShort, { min: MIN_PASSWORD_LENGTH });
	else if (fields.password.length > MAX_PASSWORD_LENGTH) errors.password = format(m.passwordLong, { max: MAX_PASSWORD_LENGTH });
	else if (fields.password !== fields.passwordRepeat) errors.passwordRepeat = m.passwordMismatch;
	return errors;
}
