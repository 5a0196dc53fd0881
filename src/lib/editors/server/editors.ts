/**
 * Co-editors on a scan's or survey's page, and the one check every write route makes (decision
 * record 0043). The features' `server/access.ts` find the object within the user's institution
 * (404 outside it) and call `requireChange` before anything is read from the request, so a
 * colleague who may only read gets a 403 with a message saying who may change it.
 *
 * `addEditor` and `removeEditor` are the write functions an audit trail records.
 */
import * as audit from '$lib/audit/server/data/audit';
import type { RequestEvent } from '@sveltejs/kit';
import type { Kysely } from 'kysely';
import type { Database } from '$lib/server/db/schema';
import type { User } from '$lib/accounts/server/data/users';
import * as users from '$lib/accounts/server/data/users';
import * as objectEditors from './data/object-editors';
import { editorProblem, mayChange, mayManage, type EditableKind } from '$lib/editors/editors';
import { forbidden } from '$lib/server/http/errors';
import { handleForm, invalid, readForm } from '$lib/server/http/forms';
import { messages } from '$lib/i18n';

/** A scan or survey as the rule sees it. */
export interface Editable {
	id: string;
	institutionId: string;
	createdBy: string;
}

const made = (thing: Editable) => ({ institutionId: thing.institutionId, madeBy: thing.createdBy });

/** Whether this user may change it (maker, administrator or co-editor). */
export async function userMayChange(db: Kysely<Database>, user: User, kind: EditableKind, thing: Editable): Promise<boolean> {
	if (mayChange(user, made(thing))) return true;
	return mayChange(user, made(thing), await objectEditors.userIds(db, kind, thing.id));
}

/** 403, with a message that says who may change it, unless this user may. */
export async function requireChange(db: Kysely<Database>, user: User, kind: EditableKind, thing: Editable): Promise<void> {
	if (!(await userMayChange(db, user, kind, thing))) forbidden((m) => m.editors.notAnEditor[kind]);
}

/** What the object's page shows of its co-editors, and whom the maker or an administrator can add. */
export async function editorsPanel(db: Kysely<Database>, user: User, kind: EditableKind, thing: Editable) {
	const [editors, colleagues] = await Promise.all([objectEditors.list(db, kind, thing.id), users.listManaged(db, thing.institutionId)]);
	const ids = editors.map((e) => e.userId);
	const canManage = mayManage(user, made(thing));
	const maker = colleagues.find((c) => c.id === thing.createdBy);
	return {
		kind,
		maker: maker ? { name: maker.name } : null,
		editors: editors.map((e) => ({ userId: e.userId, name: e.name, email: canManage ? e.email : '' })),
		canChange: mayChange(user, made(thing), ids),
		canManage,
		candidates: canManage
			? colleagues
					.filter((c) => editorProblem({ id: c.id, institutionId: c.institutionId, disabled: c.disabledAt !== null }, made(thing), ids) === null)
					.map((c) => ({ id: c.id, name: c.name, email: c.email }))
			: []
	};
}

export type EditorOutcome = { ok: true } | { ok: false; problem: 'unknown' | 'maker' | 'already' | 'notEditor' };

/** Adds an active colleague of the institution as co-editor; the caller has checked `mayManage`. */
export async function addEditor(db: Kysely<Database>, actor: User, kind: EditableKind, thing: Editable, userId: string): Promise<EditorOutcome> {
	const [candidate, ids] = await Promise.all([users.getActive(db, userId), objectEditors.userIds(db, kind, thing.id)]);
	const problem = editorProblem(candidate && { id: candidate.id, institutionId: candidate.institutionId, disabled: false }, made(thing), ids);
	if (problem) return { ok: false, problem };
	await audit.audited(db, (trx) => objectEditors.add(trx, { kind, objectId: thing.id, institutionId: thing.institutionId, userId, addedBy: actor.id }), () => ({ institutionId: thing.institutionId, action: 'update', objectKind: kind, objectId: thing.id, fields: ['editors'] }));
	return { ok: true };
}

export async function removeEditor(db: Kysely<Database>, kind: EditableKind, thing: Editable, userId: string): Promise<EditorOutcome> {
	const removed = await audit.audited(db, (trx) => objectEditors.remove(trx, kind, thing.id, userId), (done) => (done ? { institutionId: thing.institutionId, action: 'update', objectKind: kind, objectId: thing.id, fields: ['editors'] } : undefined));
	return removed ? { ok: true } : { ok: false, problem: 'notEditor' };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each route's RequestEvent has its own params type
type AnyEvent = RequestEvent<any, any>;

/**
 * The form actions `addEditor` and `removeEditor` of a scan's or survey's page. `find` returns
 * the object for the signed-in user (404 outside the institution); only its maker and the
 * administrators may choose co-editors (403 for anyone else).
 */
export function editorActions(kind: EditableKind, find: (event: AnyEvent) => Promise<{ db: Kysely<Database>; user: User; thing: Editable }>) {
	const run = (change: 'add' | 'remove') => (event: AnyEvent) =>
		handleForm(async () => {
			const { db, user, thing } = await find(event);
			if (!mayManage(user, made(thing))) forbidden((m) => m.editors.notManager[kind]);
			const form = await readForm(event.request, event.locals.language, ['user']);
			const userId = form.one('user');
			const outcome = change === 'add' ? await addEditor(db, user, kind, thing, userId) : await removeEditor(db, kind, thing, userId);
			if (!outcome.ok) return invalid(outcome.problem === 'already' ? 409 : 400, { editor: messages(event.locals.language).editors.problems[outcome.problem] });
			return { done: change === 'add' ? 'addEditor' : 'removeEditor' };
		});
	return { addEditor: run('add'), removeEditor: run('remove') };
}
