import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password-policy';

const common = new Set(['password', 'password1234', 'welkom01', 'wachtwoord', 'qwertyuiop']);
const anna = { name: 'Anna de Vries', email: 'anna.devries@hogeschool.nl' };
const check = (password: string) => passwordProblem(password, anna, common);

describe('passwordProblem', () => {
	it('accepts a sentence of a few words, without any composition rule', () => {
		expect(check('fietsen langs de rivier')).toBeNull();
		expect(check('koffie met slagroom graag')).toBeNull();
	});

	it('refuses fewer than twelve characters, counting characters rather than bytes', () => {
		expect(check('elf tekens!')).toBe('short');
		expect(check('')).toBe('short');
		expect(check('ééééé ééééé ')).not.toBe('short');
	});

	it('refuses a password of only spaces, however long', () => {
		expect(check(' '.repeat(12))).toBe('blank');
		expect(check('\t'.repeat(20))).toBe('blank');
	});

	it('refuses a password on the list, in any case, and a listed word with digits or symbols around it', () => {
		expect(check('password1234')).toBe('common');
		expect(check('PASSWORD1234')).toBe('common');
		expect(check('Wachtwoord2026!')).toBe('common');
		expect(check('!!Password!!!')).toBe('common');
		expect(check('qwerty uiop 1')).not.toBe('common');
	});

	it('refuses repeated and sequential characters', () => {
		expect(check('aaaaaaaaaaaa')).toBe('predictable');
		expect(check('abcabcabcabc')).toBe('predictable');
		expect(check('123456789012')).toBe('predictable');
		expect(check('987654321098')).toBe('predictable');
		expect(check('abcdefghijklm')).toBe('predictable');
		expect(check('zyxwvutsrqpo')).toBe('predictable');
		expect(check('abcdefghijkx')).toBeNull();
	});

	it("refuses the user's own e-mail address, its name part, and their name", () => {
		expect(check('anna.devries@hogeschool.nl')).toBe('personal');
		expect(check('anna.devries2026')).toBe('personal');
		expect(check('Anna de Vries 2026')).toBe('personal');
		expect(check('vries vries vries')).toBe('personal');
	});

	it('refuses more than the longest password the form allows', () => {
		expect(check('x'.repeat(257))).toBe('long');
	});
});
