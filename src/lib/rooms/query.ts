/**
 * The find page's and the list's questions live in the address (a GET form), so a result can be
 * bookmarked, passed on and prefilled from a blend design's activity. Reading them never throws:
 * a value that is not one of ours is dropped, a group size that is not a number is reported.
 */
import { format, messages, type Language } from '$lib/i18n';
import { isLearningType } from '$lib/blend/learning-types';
import { MAX_CAPACITY, MIN_CAPACITY } from './room';
import { ACCESSIBILITY_IDS, LAYOUT_IDS, TECHNOLOGY_IDS, TECHNOLOGY_FOR_LEARNING_TYPE, type LayoutId, type TechnologyId } from './vocabulary';
import type { RoomFilter, RoomNeeds } from './match';

function known<T extends string>(ids: readonly T[], values: readonly string[]): T[] {
	return ids.filter((id) => values.includes(id));
}

function oneOf<T extends string>(ids: readonly T[], value: string | null): T | null {
	return value !== null && (ids as readonly string[]).includes(value) ? (value as T) : null;
}

function wholeNumber(value: string | null, language: Language): { value: number | null; error: string | null } {
	const text = (value ?? '').trim();
	if (text === '') return { value: null, error: null };
	const number = /^\d+$/.test(text) ? Number(text) : Number.NaN;
	if (number >= MIN_CAPACITY && number <= MAX_CAPACITY) return { value: number, error: null };
	return { value: null, error: format(messages(language).rooms.groupSizeInvalid, { min: MIN_CAPACITY, max: MAX_CAPACITY }) };
}

/**
 * What the teacher asked. A learning type alone (the link from a design's activity) brings the
 * technology that type usually needs (`TECHNOLOGY_FOR_LEARNING_TYPE`), ticked but untickable.
 */
export function needsFromQuery(params: URLSearchParams, language: Language): { needs: RoomNeeds; asked: boolean; errors: Record<string, string> } {
	const learningType = params.get('learningType') ?? '';
	const groupSize = wholeNumber(params.get('groupSize'), language);
	const submitted = params.has('find');
	const type = isLearningType(learningType) ? learningType : null;
	const technology: TechnologyId[] = submitted ? known(TECHNOLOGY_IDS, params.getAll('technology')) : type ? [...TECHNOLOGY_FOR_LEARNING_TYPE[type]] : [];
	const layouts: LayoutId[] = known(LAYOUT_IDS, params.getAll('layout'));
	return {
		needs: {
			learningType: type,
			groupSize: groupSize.value,
			layouts,
			technology,
			accessibility: known(ACCESSIBILITY_IDS, params.getAll('accessibility')),
			bookableOnly: params.get('bookable') === 'yes'
		},
		asked: submitted || type !== null || groupSize.value !== null,
		errors: groupSize.error ? { groupSize: groupSize.error } : {}
	};
}

export function filterFromQuery(params: URLSearchParams, language: Language): { filter: RoomFilter; errors: Record<string, string> } {
	const minCapacity = wholeNumber(params.get('capacity'), language);
	return {
		filter: {
			building: (params.get('building') ?? '').trim(),
			minCapacity: minCapacity.value,
			layout: oneOf(LAYOUT_IDS, params.get('layout')),
			technology: oneOf(TECHNOLOGY_IDS, params.get('technology')),
			bookableOnly: params.get('bookable') === 'yes'
		},
		errors: minCapacity.error ? { capacity: minCapacity.error } : {}
	};
}
