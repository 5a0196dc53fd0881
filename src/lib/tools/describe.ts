/**
 * A tool in words: its facts as label–value rows (the tool page and the comparison show the same
 * rows), and why it fits a goal or what it lacks, as sentences. One place, so the pages and the
 * tests say the same thing.
 */
import { format, messages, type Language } from '$lib/i18n';
import { plural } from '$lib/i18n/plural';
import { LEARNING_TYPES, type LearningTypeId } from '$lib/blend/learning-types';
import type { Tool } from './tool';
import type { Lack, Reason } from './match';
import { levelText } from '$lib/rating/rating';

export const learningTypeName = (id: LearningTypeId, language: Language) => LEARNING_TYPES.find((t) => t.id === id)!.name[language];

export function groupRange(min: number | null, max: number | null, language: Language): string {
	const m = messages(language).tools.page;
	if (min !== null && max !== null) return format(m.groupRange, { min, max });
	if (min !== null) return format(m.groupFrom, { min });
	if (max !== null) return format(m.groupUpTo, { max });
	return m.noGroupLimit;
}

export interface FactRow {
	key: string;
	label: string;
	value: string;
	/** A link the value stands for (http or https only: the tool's reader refused anything else). */
	href?: string;
}

/** The tool's details in the form's order, each as text. */
export function toolFacts(tool: Tool, language: Language): FactRow[] {
	const m = messages(language).tools;
	const f = m.fields;
	return [
		{ key: 'url', label: f.url, value: tool.url, href: tool.url },
		{ key: 'description', label: f.description, value: tool.description },
		{ key: 'learningTypes', label: f.learningTypes, value: tool.learningTypes.map((id) => learningTypeName(id, language)).join(', ') },
		{ key: 'synchrony', label: f.synchrony, value: m.synchrony[tool.synchrony] },
		{ key: 'groupSize', label: f.groupSize, value: groupRange(tool.groupMin, tool.groupMax, language) },
		{ key: 'worksOnPhone', label: f.worksOnPhone, value: tool.worksOnPhone ? m.yes : m.no },
		{ key: 'licence', label: f.licence, value: m.licence[tool.licence] },
		{ key: 'availability', label: f.availability, value: m.availability[tool.availability] },
		{ key: 'privacy', label: f.privacy, value: m.privacy[tool.privacy] },
		{ key: 'accessibility', label: f.accessibility, value: m.accessibility[tool.accessibility] },
		tool.accessibilityUrl
			? { key: 'accessibilityUrl', label: f.accessibilityUrl, value: tool.accessibilityUrl, href: tool.accessibilityUrl }
			: { key: 'accessibilityUrl', label: f.accessibilityUrl, value: m.page.noStatement },
		{ key: 'contact', label: f.contactName, value: [tool.contactName, tool.contactEmail].filter((v) => v !== '').join(', ') },
		{ key: 'notes', label: f.notes, value: tool.notes }
	];
}

export function reasonText(reason: Reason, tool: Tool, language: Language): string {
	const m = messages(language).tools;
	const r = m.find.reason;
	switch (reason.kind) {
		case 'learningType':
			return format(r.learningType, { type: learningTypeName(reason.learningType, language) });
		case 'groupSize':
			return format(r.groupSize, { size: reason.groupSize, range: groupRange(reason.min, reason.max, language) });
		case 'synchrony':
			return format(r.synchrony, { synchrony: m.find.synchronyWord[reason.synchrony] });
		case 'phone':
			return r.phone;
		case 'agreement':
			return format(r.agreement, { privacy: m.privacy[tool.privacy] });
		case 'accessibility':
			return format(r.accessibility, { accessibility: m.accessibility[tool.accessibility] });
		case 'licence':
			return format(r.licence, { licence: m.licence[tool.licence] });
		case 'approved':
			return format(r.approved, { availability: m.availability[tool.availability] });
		case 'rubric':
			return plural(r.rubric, reason.raters, language, { mean: levelText(reason.mean, language) });
	}
}

export function lackText(lack: Lack, language: Language): string {
	const m = messages(language).tools;
	const l = m.find.lack;
	switch (lack.kind) {
		case 'groupTooSmall':
			return format(l.groupTooSmall, { min: lack.min, size: lack.groupSize });
		case 'groupTooLarge':
			return format(l.groupTooLarge, { max: lack.max, size: lack.groupSize });
		case 'synchrony':
			return format(l.synchrony, { synchrony: m.find.synchronyWord[lack.synchrony] });
		case 'phone':
			return l.phone;
		case 'agreement':
			return format(l.agreement, { privacy: m.privacy[lack.privacy] });
		case 'accessibility':
			return format(lack.hasStatement ? l.accessibility : l.accessibilityNoStatement, { accessibility: m.accessibility[lack.accessibility] });
		case 'licence':
			return format(l.licence, { licence: m.licence[lack.licence] });
		case 'approved':
			return format(l.approved, { availability: m.availability[lack.availability] });
	}
}
