import { describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { render } from 'svelte/server';
import { loadInstrument } from '$lib/instrument';
import { findCategory } from '$lib/instrument/schema';
import { messages, format } from '$lib/i18n';
import { applyEdit, factorField, newGroupSheet, sheetView, type GroupSheet, type SheetValue } from '$lib/workshop/group-sheet';
import type { PlenaryView } from '$lib/workshop/server/views';
import Plenary from './Plenary.svelte';

const instrument = loadInstrument('zelfscan-blended-leren', 1)!;
const strategie = findCategory(instrument, 'strategie')!;
const NEEDED = factorField('beleid', 'needed');

function edited(sheet: GroupSheet, value: SheetValue, baseVersion: number, author: string): GroupSheet {
	const result = applyEdit(sheet, { field: NEEDED, value, baseVersion, editId: randomUUID(), author });
	if (result.outcome === 'rejected' || result.outcome === 'duplicate') throw new Error(result.outcome);
	return result.sheet;
}

/** Table 1's sheet with "wat is daarvoor nodig" of Beleid in three versions nobody has chosen between. */
function view(): PlenaryView {
	let sheet = edited(newGroupSheet('table-1', strategie), 'draagvlak en tijd', 0, 'anna');
	sheet = edited(sheet, 'Versie B: meer uren', 0, 'bram');
	sheet = edited(sheet, 'Versie C van wat nodig is', 0, 'cato');
	return {
		categoryKey: 'strategie',
		name: 'Strategie',
		groups: [
			{
				key: 'table-1',
				name: 'Tafel 1: Strategie',
				inPlan: true,
				sheet: { categoryKey: 'strategie', name: 'Strategie', factors: [{ key: 'beleid', name: 'Beleid', descriptors: [] }], spread: [], sheet: sheetView(sheet), version: 3 }
			}
		],
		priority: null,
		actionPoints: []
	};
}

describe('the plenary', () => {
	for (const language of ['nl', 'en'] as const) {
		it(`shows each version of an unsettled field as its own labelled item, never run together (${language})`, () => {
			const m = messages(language).workshopUi;
			const html = render(Plenary, { props: { view: view(), language } }).body.replace(/<!--[^>]*-->/g, '');
			const list = /<ul class="versions[^"]*" aria-label="([^"]*)">([\s\S]*?)<\/ul>/.exec(html);
			expect(list?.[1]).toBe(format(m.versionsOpen, { n: 3 }));
			const items = [...list![2]!.matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g)].map(([, item]) => item!.replace(/<[^>]+>/g, '').trim());
			expect(items).toEqual([
				`${format(m.versionLabel, { letter: 'A' })}: draagvlak en tijd`,
				`${format(m.versionLabel, { letter: 'B' })}: Versie B: meer uren`,
				`${format(m.versionLabel, { letter: 'C' })}: Versie C van wat nodig is`
			]);
			expect(html).not.toContain('draagvlak en tijdVersie');
		});
	}

	it('shows a settled field as its one text', () => {
		const settled = view();
		const sheet = edited(newGroupSheet('table-1', strategie), 'draagvlak en tijd', 0, 'anna');
		settled.groups[0]!.sheet.sheet = sheetView(sheet);
		const html = render(Plenary, { props: { view: settled, language: 'nl' } }).body;
		expect(html).not.toContain('class="versions');
		expect(html).toContain('draagvlak en tijd');
	});
});
