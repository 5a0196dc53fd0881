/**
 * Reading a PDF back as text with poppler's pdftotext, for the tests of every PDF export (plan,
 * workshop, survey report): one string per page, and the checks a board's reader makes without
 * thinking — every long word whole, no heading left alone at the foot of a page.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let dir: string | undefined;
let counter = 0;

function writePdf(body: Buffer): string {
	dir ??= mkdtempSync(join(tmpdir(), 'blendwijzer-pdf-'));
	const file = join(dir, `document-${++counter}.pdf`);
	writeFileSync(file, body);
	return file;
}

/** The PDF's text as poppler reads it back, one string per page (`layout` keeps columns side by side). */
export function pdfPages(body: Buffer, options: { layout?: boolean } = {}): string[] {
	const args = [...(options.layout === false ? [] : ['-layout']), '-enc', 'UTF-8', writePdf(body), '-'];
	return execFileSync('/usr/bin/pdftotext', args, { encoding: 'utf8' }).split('\f').slice(0, -1);
}

/** pdfinfo's fields: Title, Pages, "Page size"… */
export function pdfInfo(body: Buffer): Record<string, string> {
	const out = execFileSync('/usr/bin/pdfinfo', ['-enc', 'UTF-8', writePdf(body)], { encoding: 'utf8' });
	return Object.fromEntries(
		out
			.split('\n')
			.filter(Boolean)
			.map((line) => {
				const colon = line.indexOf(':');
				return [line.slice(0, colon), line.slice(colon + 1).trim()];
			})
	);
}

/** Text with all runs of whitespace as one space, so a wrapped cell still reads as one text. */
export const squash = (text: string): string => text.replace(/\s+/g, ' ');

/**
 * The words of `words` that the PDF shows broken inside ("Opleidingsma" + "nager"). pdfkit
 * splits a word that does not fit its column at any letter, and the pieces come back from
 * pdftotext as words of their own, mixed with the neighbouring cells' text: so a word counts as
 * broken when it never appears whole, or when its tail (four letters or more, starting in lower
 * case as no word of ours does where it stands alone) appears as a word.
 */
export function brokenWords(body: Buffer, words: readonly string[]): string[] {
	const tokens = new Set(pdfPages(body, { layout: false }).join(' ').split(/[\s,.;:()/]+/));
	return words.filter((word) => {
		if (!tokens.has(word)) return true;
		for (let at = 1; at <= word.length - 4; at++) {
			const tail = word.slice(at);
			if (tail[0] === tail[0]!.toLowerCase() && tokens.has(tail)) return true;
		}
		return false;
	});
}

/** Pages whose last line of text (above the footer) is one of `headings`: a heading left alone at the foot of a page. */
export function strandedHeadings(pages: readonly string[], headings: readonly string[], footer: RegExp): string[] {
	const stranded: string[] = [];
	pages.forEach((page, i) => {
		const lines = page
			.split('\n')
			.map((line) => line.trim())
			.filter((line) => line !== '' && !footer.test(line));
		const last = lines.at(-1);
		if (last !== undefined && headings.includes(last)) stranded.push(`page ${i + 1}: ${last}`);
	});
	return stranded;
}
