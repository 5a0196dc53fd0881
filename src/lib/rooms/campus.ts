/**
 * The bridge from the blend designer to "find a room": which activities of a design take place
 * on campus (the Bloem's campus petal, whose id an institution keeps when it renames the petal),
 * and the find page's address for one, prefilled with what the design knows. A design holds no
 * group size (only whether students work alone or in groups), so the teacher fills that in.
 */
import type { Activity } from '$lib/blend/design';

export const CAMPUS_ENVIRONMENT = 'campus';

export function isCampusActivity(activity: Pick<Activity, 'environment'>): boolean {
	return activity.environment === CAMPUS_ENVIRONMENT;
}

export function findRoomHref(designId: string, activity: Pick<Activity, 'id' | 'learningType'>): string {
	const params = new URLSearchParams({ design: designId, activity: activity.id, learningType: activity.learningType });
	return `/rooms/find?${params}`;
}
