import { describe, expect, it } from 'vitest';
import { MAX_TEXT_LENGTH } from '$lib/scan/scan';
import { MAX_TITLE_LENGTH, textField, textTooLong, titleField } from './fields';

describe('the shared form fields', () => {
	it('asks for a title in the user’s language, whether it is missing or too long', () => {
		expect(titleField('nl').safeParse('').error!.issues[0]!.message).toBe('Geef de scan een titel.');
		expect(titleField('en').safeParse('x'.repeat(MAX_TITLE_LENGTH + 1)).error!.issues[0]!.message).toBe('Give the scan a title.');
		expect(titleField('en').parse(` ${'x'.repeat(MAX_TITLE_LENGTH)} `)).toHaveLength(MAX_TITLE_LENGTH);
	});

	it('takes empty free text and refuses text over the limit with the limit in the message', () => {
		expect(textField('nl').parse('  ')).toBe('');
		expect(textField('nl').safeParse('x'.repeat(MAX_TEXT_LENGTH + 1)).error!.issues[0]!.message).toBe(`Deze tekst is te lang (hoogstens ${MAX_TEXT_LENGTH} tekens).`);
		expect(textField('en', 5).safeParse('123456').error!.issues[0]!.message).toBe(textTooLong('en', 5));
		expect(textTooLong('en', 5)).toBe('This text is too long (at most 5 characters).');
	});
});
