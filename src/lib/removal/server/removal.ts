/**
 * The confirmation page and the deletion of a scan, workshop or survey (decision record 0019):
 * each route says how to find it for this user (404 outside the institution, 403 for who may not
 * delete), what goes with it, and how to delete it; the page, the plan count and the redirect to
 * the list with its notice are the same for all three.
 */
import { redirect, type RequestEvent } from '@sveltejs/kit';
import type { Kysely } from 'kysely';
import type { Database } from '$lib/server/db/schema';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/http/auth';
import type { User } from '$lib/accounts/server/data/users';
import * as actionPoints from '$lib/plan/server/data/action-points';
import type { ScanLevel } from '$lib/scan/scan';
import { messages, type Language, type Messages } from '$lib/i18n';
import { plural } from '$lib/i18n/plural';

export interface Removable {
	id: string;
	title: string;
	level: ScanLevel;
	unitName: string | null;
	actionPlanId: string;
	shared?: boolean;
}

export function removalRoute<T extends Removable>(route: {
	/** The thing for this user, or a 404/403 thrown. */
	find: (db: Kysely<Database>, user: User, id: string) => Promise<T>;
	/** What goes with it, before the action plan and the share link. */
	parts: (db: Kysely<Database>, thing: T, m: Messages, language: Language) => Promise<string[]>;
	remove: (db: Kysely<Database>, institutionId: string, id: string) => Promise<boolean>;
	/** The thing's own page, and the list it is deleted from. */
	page: (id: string) => string;
	list: string;
}) {
	async function found(event: RequestEvent) {
		const user = requireUser(event.locals, event.url);
		const { db } = await getDb();
		return { db, user, thing: await route.find(db, user, event.params.id ?? '') };
	}
	return {
		load: async (event: RequestEvent) => {
			const { db, thing } = await found(event);
			const language = event.locals.language;
			const m = messages(language);
			const [own, points] = await Promise.all([route.parts(db, thing, m, language), actionPoints.list(db, thing.actionPlanId)]);
			const parts = [...own, plural(m.removal.parts.plan, points.length, language)];
			if (thing.shared) parts.push(m.removal.parts.shareLink);
			return { title: thing.title, level: thing.level, unitName: thing.unitName, parts, back: route.page(thing.id) };
		},
		actions: {
			default: async (event: RequestEvent) => {
				const { db, user, thing } = await found(event);
				await route.remove(db, user.institutionId, thing.id);
				redirect(303, `${route.list}?deleted=${encodeURIComponent(thing.title)}`);
			}
		}
	};
}
