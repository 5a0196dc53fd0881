/**
 * The participant's writes (own scores, the group's sheet, "who is typing"), as small JSON
 * requests that the phone retries until they are acknowledged: every one carries a client id, so
 * a retry never counts twice. Access: the participant found by their cookie, writing only to
 * their own table's sheets, only while the workshop runs its analysis step.
 */
import { error, type Cookies } from '@sveltejs/kit';
import type { Kysely } from 'kysely';
import type { Database } from '$lib/server/db/schema';
import { participantFromCookie, type ParticipantContext } from './access';
import { screenContent } from '$lib/workshop/screens';
import type { Category } from '$lib/instrument/schema';
import { messages, type Language } from '$lib/i18n';

/** The participant, when they may write now (their own answers: seated or not, only while the workshop runs its analysis step). */
export async function answererFor(db: Kysely<Database>, cookies: Cookies, url: URL, language: Language): Promise<ParticipantContext> {
	const m = messages(language);
	const me = await participantFromCookie(db, cookies, url);
	if (!me) error(401, { message: m.workshopUi.notJoined });
	if (me.workshop.state.phase === 'closed') error(409, { message: m.workshop.control.errors.closed });
	if (!screenContent('phone', me.workshop.state, me.workshop.agenda).editable) error(409, { message: m.workshopUi.notAnalysing });
	return me;
}

/** The participant, their group and one of its categories, when they may write to it now. */
export async function writerFor(
	db: Kysely<Database>,
	cookies: Cookies,
	url: URL,
	language: Language,
	categoryKey: string
): Promise<ParticipantContext & { groupKey: string; category: Category }> {
	const m = messages(language);
	const me = await answererFor(db, cookies, url, language);
	const { workshop, participant, instrument } = me;
	const group = workshop.groups.find((g) => g.key === participant.groupKey);
	if (!group) error(409, { message: m.workshopUi.notSeatedError });
	const category = group.categoryKeys.includes(categoryKey) ? instrument.categories.find((c) => c.key === categoryKey) : undefined;
	if (!category) error(403, { message: m.workshopUi.notYourCategory });
	return { ...me, groupKey: group.key, category };
}
