/**
 * The catalogue list's filters (a GET form, so a filtered list can be bookmarked): learning type,
 * privacy status and availability. An unknown value is no filter.
 */
import { LEARNING_TYPE_IDS, type LearningTypeId } from '$lib/blend/learning-types';
import { AVAILABILITIES, PRIVACY_STATUSES, type Availability, type PrivacyStatus, type Tool } from './tool';

export interface ToolFilters {
	learningType: LearningTypeId | null;
	privacy: PrivacyStatus | null;
	availability: Availability | null;
}

function oneOf<T extends string>(values: readonly T[], raw: string | null): T | null {
	return raw !== null && (values as readonly string[]).includes(raw) ? (raw as T) : null;
}

export function readFilters(query: URLSearchParams): ToolFilters {
	return {
		learningType: oneOf(LEARNING_TYPE_IDS, query.get('learningType')),
		privacy: oneOf(PRIVACY_STATUSES, query.get('privacy')),
		availability: oneOf(AVAILABILITIES, query.get('availability'))
	};
}

export function filterTools<T extends Pick<Tool, 'learningTypes' | 'privacy' | 'availability'>>(tools: readonly T[], filters: ToolFilters): T[] {
	return tools.filter(
		(t) =>
			(filters.learningType === null || t.learningTypes.includes(filters.learningType)) &&
			(filters.privacy === null || t.privacy === filters.privacy) &&
			(filters.availability === null || t.availability === filters.availability)
	);
}
