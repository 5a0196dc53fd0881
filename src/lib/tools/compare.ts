/**
 * Two or three tools side by side: each detail as a row with a cell per tool, then the rubric per
 * criterion (the median level and whether raters disagree), then how many scored and the mean.
 */
import { messages, format, type Language } from '$lib/i18n';
import { factorsOf, type Instrument } from '$lib/instrument/schema';
import { toolFacts } from './describe';
import { levelText, type RatingSummary } from '$lib/rating/rating';
import type { Tool } from './tool';

export interface ComparisonCell {
	text: string;
	href?: string;
	disagreement?: boolean;
}

export interface Comparison {
	tools: { id: string; name: string }[];
	facts: { label: string; cells: ComparisonCell[] }[];
	criteria: { key: string; name: string; cells: ComparisonCell[] }[];
	totals: { label: string; cells: ComparisonCell[] }[];
}

export function comparison(tools: readonly Tool[], rubric: Instrument, summaries: ReadonlyMap<string, RatingSummary>, language: Language): Comparison {
	const m = messages(language).tools;
	const factsPerTool = tools.map((t) => toolFacts(t, language));
	const facts = factsPerTool[0]!.map((row, i) => ({ label: row.label, cells: factsPerTool.map((rows) => ({ text: rows[i]!.value, href: rows[i]!.href })) }));
	const criteria = factorsOf(rubric).map(({ factor }) => ({
		key: factor.key,
		name: factor.name[language],
		cells: tools.map((t): ComparisonCell => {
			const c = summaries.get(t.id)?.criteria.find((x) => x.criterion === factor.key);
			if (!c || c.median === null) return { text: m.compare.notScored };
			return { text: format(m.compare.median, { median: levelText(c.median, language) }), disagreement: c.disagreement };
		})
	}));
	const totals = [
		{ label: m.compare.raters, cells: tools.map((t) => ({ text: String(summaries.get(t.id)?.raters ?? 0) })) },
		{ label: m.compare.mean, cells: tools.map((t) => { const mean = summaries.get(t.id)?.mean ?? null; return { text: mean === null ? m.compare.notScored : levelText(mean, language) }; }) }
	];
	return { tools: tools.map((t) => ({ id: t.id, name: t.name })), facts, criteria, totals };
}
