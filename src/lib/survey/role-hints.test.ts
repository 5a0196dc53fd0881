import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { messages } from '$lib/i18n';
import { SURVEY_ROLES } from './survey-report';

/** The self-scan's footnote that says who counts as bestuurder and as medewerker. */
const seed = readFileSync(new URL('../instrument/sources/zelfscan-seed.txt', import.meta.url), 'utf8').replace(/\s+/g, ' ');
const listOf = (label: string, next: string) => {
	const found = new RegExp(`\\*?${label}: (.*?) etc\\.\\s*${next}`).exec(seed);
	if (!found) throw new Error(`no list for ${label} in the seed`);
	return found[1]!.split(',').map((item) => item.trim().toLocaleLowerCase('nl'));
};

describe("the survey's role hints", () => {
	it("name the seed's own lists of who is a bestuurder and who a medewerker", () => {
		const nl = messages('nl').survey.roleHints;
		const lists = { bestuurder: listOf('Bestuurders', 'Medewerkers'), medewerker: listOf('Medewerkers', '$') };
		expect(lists.bestuurder).toEqual(['managers', 'opleidingsdirecteuren', 'teamleiders', 'beleidsmedewerkers']);
		expect(lists.medewerker).toEqual(['docenten', 'ondersteuners', 'hr', 'studentenzaken']);
		for (const role of ['bestuurder', 'medewerker'] as const) {
			const hint = nl[role].toLocaleLowerCase('nl');
			for (const item of lists[role]) expect(hint, role).toContain(item);
		}
	});

	it('call a bestuurder a manager in English, in every survey text', () => {
		const en = messages('en').survey;
		expect(en.roles.bestuurder).toBe('Manager');
		expect(en.rolesPlural.bestuurder).toBe('Managers');
		expect(JSON.stringify(en)).not.toMatch(/board member|administrators|executive board/i);
		for (const role of SURVEY_ROLES) expect(en.roleHints[role].length).toBeGreaterThan(0);
	});
});
