/**
 * A design's figures in words, in the reader's language: the text a page shows beside a figure,
 * a screen reader reads as its description, and the exports print — one wording for all three.
 */
import { format, messages, type Language } from '$lib/i18n';
import { plural } from '$lib/i18n/plural';
import type { Activity, LoadCheck } from './design';
import { weeksText } from './design-input';

/** Hours as people write them: whole hours plainly, quarters with a decimal comma in Dutch ("2,5 uur"). */
export function hoursText(hours: number, language: Language): string {
	const rounded = Math.round(hours * 100) / 100;
	const shown = rounded.toLocaleString(language === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 2 });
	return plural(messages(language).blend.hours, rounded, language, { hours: shown });
}

/** "Gepland: 120 uur, 20 uur minder dan de studielast van 140 uur." */
export function loadText(check: LoadCheck, language: Language): string {
	return format(messages(language).blend.load[check.status], {
		planned: hoursText(check.planned, language),
		difference: hoursText(Math.abs(check.difference), language),
		load: hoursText(check.load, language)
	});
}

/** A share as a whole percentage, as the figures print it: 0.286 → "29%". */
export function percentText(share: number): string {
	return `${Math.round(share * 100)}%`;
}

/**
 * An activity in a few words, in the order the page's tags and the documents' line show them:
 * environment, learning type, synchronous or not, alone or in groups, weeks, hours, the teacher's
 * role. Names come from the institution's environments and the learning types as the page has them.
 */
export function activityFacts(
	activity: Activity,
	names: { environments: ReadonlyArray<{ id: string; name: string }>; learningTypes: ReadonlyArray<{ id: string; name: string }> },
	language: Language
): string[] {
	const m = messages(language);
	return [
		names.environments.find((e) => e.id === activity.environment)?.name ?? activity.environment,
		names.learningTypes.find((t) => t.id === activity.learningType)?.name ?? activity.learningType,
		m.blend.synchronyShort[activity.synchrony],
		m.blend.grouping[activity.grouping],
		format(m.blendUi.weeksShort, { weeks: weeksText(activity.weeks) }),
		hoursText(activity.hours, language),
		m.blend.teacherRole[activity.teacherRole]
	];
}
