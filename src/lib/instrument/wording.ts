/**
 * How the pages speak of one instrument, in one language: the self-scan of factors and phases, a
 * rubric of criteria and levels, each under its own name. The words are data in messages.ts (the
 * self-scan's at the top level, `rubric` for what reads differently in a rubric, `byKey` for each
 * instrument's names); this lays them over each other, so a page asks for its instrument's words
 * once instead of choosing between texts itself.
 *
 * @example
 * const t = instrumentWording('nl', TOOL_RUBRIC_KEY);
 * t.addFactor; // 'Criterium toevoegen'
 * t.title; // 'Eigen versie van de rubriek voor digitale tools'
 */
import { messages, type Language, type Messages } from '$lib/i18n';
import { INSTRUMENT_KINDS, type InstrumentKey } from './index';

export type InstrumentWording = Messages['instruments'];

type Overlay<T> = { [K in keyof T]?: T[K] extends string ? string : Overlay<T[K]> };

/** `base` with every text `over` has instead; nested groups are laid over group by group. */
function overlay<T extends object>(base: T, over: Overlay<T>): T {
	const result = { ...base } as Record<string, unknown>;
	for (const [name, value] of Object.entries(over)) {
		const below = result[name];
		result[name] = typeof value === 'object' && value !== null && typeof below === 'object' && below !== null ? overlay(below, value as Overlay<object>) : value;
	}
	return result as T;
}

export function instrumentWording(language: Language, key: InstrumentKey): InstrumentWording {
	const m = messages(language).instruments;
	const kind = INSTRUMENT_KINDS[key] === 'rubric' ? (m.rubric as Overlay<InstrumentWording>) : {};
	return overlay(overlay(m, kind), m.byKey[key] as Overlay<InstrumentWording>);
}
