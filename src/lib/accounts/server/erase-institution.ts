/**
 * Erasing an institution with everything it holds (decision record 0022): its scans, workshops
 * and surveys with every answer, participant and response, its action plans, users, sessions,
 * invitations, API tokens, single sign-on requests, catalogue keepers, the tool catalogue, ratings of tools and rooms (with their scores), units, own instrument versions, content changes and attachments, its rooms with their photos (the
 * files too), its audit trail (these deletes are not recorded: the trail goes with them),
 * and the live events of its workshops and surveys.
 *
 * One transaction, children before parents: units and users are referenced without a cascade
 * (a unit must not vanish from under a scan), so deleting the institution row alone would fail.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import type { Database } from '$lib/server/db/schema';
import { inTransaction } from '$lib/server/db/transaction';
import { attachmentsDir } from '$lib/toolkit/server/attachment-files';
import { workshopChannel } from '$lib/workshop/server/live';
import { surveyChannel } from '$lib/survey/server/access';
import { designChannel } from '$lib/blend/server/designs';

export async function eraseInstitution(db: Kysely<Database>, institutionId: string): Promise<boolean> {
	const erased = await inTransaction(db, async (trx) => {
		const ids = async (table: 'workshop' | 'survey' | 'course_design') =>
			(await trx.selectFrom(table).select('id').where('institution_id', '=', institutionId).execute()).map((r) => r.id);
		const channels = [...(await ids('workshop')).map(workshopChannel), ...(await ids('survey')).map(surveyChannel), ...(await ids('course_design')).map(designChannel)];
		// Each of these cascades to what it holds (responses, participants, answers, action points).
		for (const table of ['survey', 'workshop', 'scan', 'course_design', 'action_plan', 'api_token', 'invite', 'instrument_draft', 'instrument_version', 'content_override', 'product_attachment', 'audit_event', 'sso_request', 'catalogue_keeper', 'rating', 'tool', 'room'] as const) {
			await trx.deleteFrom(table).where('institution_id', '=', institutionId).execute();
		}
		if (channels.length > 0) await trx.deleteFrom('event').where('channel', 'in', channels).execute();
		// Sessions go with their users (cascade).
		await trx.deleteFrom('app_user').where('institution_id', '=', institutionId).execute();
		await trx.deleteFrom('unit').where('institution_id', '=', institutionId).execute();
		const result = await trx.deleteFrom('institution').where('id', '=', institutionId).executeTakeFirst();
		return Number(result.numDeletedRows) === 1;
	});
	// The files after the commit: a failed transaction leaves them where its rows still point.
	if (erased) await rm(join(attachmentsDir(), institutionId), { recursive: true, force: true });
	return erased;
}
