/** The design activity a teacher came from to find a room: read within the user's institution. */
import type { Kysely } from 'kysely';
import type { Database } from '$lib/server/db/schema';
import type { User } from '$lib/accounts/server/data/users';
import * as designs from '$lib/blend/server/designs';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The design's and the activity's titles and the activity's learning type; undefined when the ids are not a design and activity of this institution. */
export async function campusActivity(db: Kysely<Database>, user: User, designId: string | null, activityId: string | null) {
	if (!designId || !activityId || !UUID.test(designId) || !UUID.test(activityId)) return undefined;
	const record = await designs.designForUser(db, user, designId).catch(() => undefined);
	if (!record) return undefined;
	const activity = (await designs.readDesign(db, record)).activities.find((a) => a.id === activityId);
	return activity && { designId: record.id, designTitle: record.title, activityTitle: activity.title, learningType: activity.learningType };
}
