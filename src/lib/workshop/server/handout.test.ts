import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { loadInstrument } from '$lib/instrument';
import { localise, messages } from '$lib/i18n';
import { pdfPages } from '$lib/server/export/pdf-reader';
import { handoutToPdf } from './handout';

const instrument = loadInstrument('zelfscan-blended-leren', 1)!;
/** Text as one line per phrase: pdftotext wraps table cells, so compare words in order, not lines. */
const words = (text: string) => text.replace(/\s+/g, ' ').trim();
/** Without white space or hyphens: a cell may wrap after a slash or a hyphen, and poppler joins such lines its own way. */
const squash = (text: string) => text.replace(/[\s-]+/g, '');

describe('the workshop’s paper handout', () => {
	for (const language of ['nl', 'en'] as const) {
		it(`holds every factor with its three phase descriptors, so paper scorers score on the criteria (${language})`, async () => {
			const pdf = await handoutToPdf({ language, instrument, workshopTitle: 'Workshop maart' });
			if (process.env.SHOTS) {
				writeFileSync(`${process.env.SHOTS}/handout-${language}.pdf`, pdf);
				execFileSync('pdftoppm', ['-png', '-r', '50', `${process.env.SHOTS}/handout-${language}.pdf`, `${process.env.SHOTS}/handout-${language}`]);
			}
			const text = words(pdfPages(pdf, { layout: false }).join(' '));
			const m = messages(language);
			expect(text).toContain(m.workshopUi.handoutWorksheet);
			for (const factor of instrument.categories.flatMap((c) => c.factors)) {
				expect(text, localise(factor.name, language)).toContain(words(localise(factor.name, language)));
				for (const descriptor of factor.descriptors) {
					// The first and last few words of each descriptor: the whole text is there, not cut off.
					const all = words(localise(descriptor, language)).split(' ');
					expect(squash(text), all.slice(0, 5).join(' ')).toContain(squash(all.slice(0, 5).join(' ')));
					expect(squash(text), all.slice(-4).join(' ')).toContain(squash(all.slice(-4).join(' ')));
				}
			}
		});
	}
});
