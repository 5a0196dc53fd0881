import { describe, expect, it } from 'vitest';
import { checkTool, nameKey, readLearningTypes, readLink, readYesNo, type RawTool } from './tool';

const raw: RawTool = {
	name: '  Mentimeter ',
	url: 'https://www.mentimeter.com',
	description: 'Stemmen en vragen in de les.',
	learningTypes: ['discussion', 'acquisition'],
	synchrony: 'sync',
	groupMin: '2',
	groupMax: '500',
	worksOnPhone: 'yes',
	licence: 'institution',
	availability: 'all',
	privacy: 'agreement',
	accessibility: 'partly',
	accessibilityUrl: 'https://www.mentimeter.com/accessibility',
	contactName: 'Sam',
	contactEmail: 'sam@example.nl',
	notes: ''
};

describe('reading a tool', () => {
	it('reads a complete tool, trimmed, with its learning types in the vocabulary’s order', () => {
		const checked = checkTool(raw);
		expect(checked).toEqual({
			ok: true,
			value: expect.objectContaining({ name: 'Mentimeter', url: 'https://www.mentimeter.com/', learningTypes: ['acquisition', 'discussion'], groupMin: 2, groupMax: 500, worksOnPhone: true })
		});
	});

	it('names every wrong field at once', () => {
		const checked = checkTool({ ...raw, name: ' ', url: 'javascript:alert(1)', synchrony: 'sometimes', groupMin: '-3', contactEmail: 'sam', learningTypes: [] });
		expect(checked).toEqual({ ok: false, problems: { name: 'required', url: 'not_a_link', synchrony: 'unknown_choice', groupMin: 'not_a_whole_number', contactEmail: 'not_an_email', learningTypes: 'required' } });
	});

	it('refuses a minimum group size above the maximum, on the maximum', () => {
		expect(checkTool({ ...raw, groupMin: '40', groupMax: '30' })).toEqual({ ok: false, problems: { groupMax: 'min_above_max' } });
	});

	it('asks for the statement’s link when a tool is said to meet the accessibility requirements', () => {
		expect(checkTool({ ...raw, accessibility: 'meets', accessibilityUrl: '' })).toEqual({ ok: false, problems: { accessibilityUrl: 'statement_needed' } });
		expect(checkTool({ ...raw, accessibility: 'unknown', accessibilityUrl: '' }).ok).toBe(true);
	});

	it('refuses a group size of zero or beyond any group', () => {
		expect(checkTool({ ...raw, groupMin: '0' })).toMatchObject({ problems: { groupMin: 'out_of_range' } });
		expect(checkTool({ ...raw, groupMax: '1000001' })).toMatchObject({ problems: { groupMax: 'out_of_range' } });
	});

	it('refuses texts longer than their field', () => {
		expect(checkTool({ ...raw, notes: 'x'.repeat(2001), name: 'n'.repeat(121) })).toMatchObject({ problems: { notes: 'too_long', name: 'too_long' } });
	});

	it('accepts only http and https links', () => {
		expect(readLink('data:text/html,hi', true)).toEqual({ ok: false, problem: 'not_a_link' });
		expect(readLink('ftp://example.nl', true)).toEqual({ ok: false, problem: 'not_a_link' });
		expect(readLink('http://example.nl/a b', true)).toEqual({ ok: true, value: 'http://example.nl/a%20b' });
		expect(readLink('', false)).toEqual({ ok: true, value: '' });
	});

	it('reads yes and no in Dutch and English, and nothing else', () => {
		expect(['ja', 'YES', '1', 'true'].map((v) => readYesNo(v))).toEqual(Array(4).fill({ ok: true, value: true }));
		expect(['nee', 'no', '0', ''].map((v) => readYesNo(v))).toEqual(Array(4).fill({ ok: true, value: false }));
		expect(readYesNo('misschien')).toEqual({ ok: false, problem: 'not_yes_or_no' });
	});

	it('reads learning types from a CSV cell separated by bars, commas or spaces, and refuses unknown ones', () => {
		expect(readLearningTypes('production|practice, practice')).toEqual({ ok: true, value: ['practice', 'production'] });
		expect(readLearningTypes('practice|gaming')).toEqual({ ok: false, problem: 'unknown_choice' });
	});

	it('compares names without case or extra spaces', () => {
		expect(nameKey('  MS  Teams ')).toBe(nameKey('ms teams'));
	});
});
