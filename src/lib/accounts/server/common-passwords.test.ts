import { describe, expect, it } from 'vitest';
import { commonPasswords } from './common-passwords';
import { validateAccount } from './accounts';
import { messages } from '$lib/i18n';

describe('the shipped list of common passwords', () => {
	it('holds the 49,233 lowercased passwords of the zxcvbn list, the most common first', () => {
		const list = commonPasswords();
		expect(list.size).toBe(49_233);
		expect([...list].slice(0, 3)).toEqual(['123456', 'password', '12345678']);
		for (const password of list) expect(password).toBe(password.toLowerCase());
	});

	it('makes the setup and invitation forms refuse what attackers try first, each with its message in the user language', () => {
		const fields = (password: string) => ({ name: 'Anna de Vries', email: 'anna@hogeschool.nl', password, passwordRepeat: password });
		const nl = messages('nl').auth.errors;
		expect(validateAccount(fields(' '.repeat(12)), 'nl').password).toBe(nl.passwordBlank);
		expect(validateAccount(fields('password1234'), 'nl').password).toBe(nl.passwordCommon);
		expect(validateAccount(fields('123456789012'), 'nl').password).toBe(nl.passwordCommon);
		expect(validateAccount(fields('aaaaaaaaaaaa'), 'nl').password).toBe(nl.passwordPredictable);
		expect(validateAccount(fields('anna@hogeschool.nl'), 'en').password).toBe(messages('en').auth.errors.passwordPersonal);
		expect(validateAccount(fields('fietsen langs de rivier'), 'nl')).toEqual({});
	});
});
