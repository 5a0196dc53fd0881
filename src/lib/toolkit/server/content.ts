/**
 * The toolkit content a request sees: the shipped defaults, with the reader's institution's changes
 * applied (docs/decisions/0016-institution-content-for-signed-in-users.md, and 0038: a visitor
 * without an account reads the institution this install serves). Every change is
 * checked against the whole merged content before it is stored, so a route pointing at a missing
 * product is refused with the step's path and nothing is saved.
 *
 * @example
 * const content = await contentForRequest(locals);
 * const result = await saveOverride(db, institutionId, { kind: 'hidden', target: 'gedeelde-taal', document: {} }, 'nl');
 */
import type { Kysely } from 'kysely';
import type { Database } from '$lib/server/db/schema';
import * as overrides from './data/content-overrides';
import * as institutions from '$lib/accounts/server/data/institutions';
import { currentInstrumentFor } from '$lib/instrument/server/instruments';
import { getDb } from '$lib/server/db';
import { log } from '$lib/server/log';
import { contentSchema, defaultContent, defaultFactorKeys, type Content } from '$lib/toolkit';
import {
	applyOverrides,
	mappingOverrideSchema,
	productTextsSchema,
	routeOverrideSchema,
	withoutProducts,
	hasNoOverrides,
	type ContentOverrides
} from '$lib/toolkit/overrides';
import { factorsOf } from '$lib/instrument/schema';
import { deepFreeze } from '$lib/deep-freeze';
import { localiseIssue } from '$lib/instrument/file';
import type { Language } from '$lib/i18n';
import type { OverrideKind, StoredOverride } from './data/content-overrides';

function collect(rows: readonly StoredOverride[]): ContentOverrides {
	const result = { productTexts: {}, hidden: [], routes: {}, mapping: {} } as {
		productTexts: Record<string, unknown>;
		hidden: string[];
		routes: Record<string, unknown>;
		mapping: Record<string, unknown>;
	};
	for (const row of rows) {
		const document = JSON.parse(row.document) as unknown;
		if (row.kind === 'product-texts') result.productTexts[row.target] = document;
		else if (row.kind === 'hidden') result.hidden.push(row.target);
		else if (row.kind === 'route') result.routes[row.target] = document;
		else result.mapping[row.target] = document;
	}
	return result as unknown as ContentOverrides;
}

/** Factors the mapping may name: the shipped self-scan's and those of the institution's current version. */
async function factorKeysFor(db: Kysely<Database>, institutionId: string): Promise<string[]> {
	const own = factorsOf(await currentInstrumentFor(db, institutionId)).map(({ factor }) => factor.key);
	return [...new Set([...defaultFactorKeys(), ...own])];
}

export async function overridesFor(db: Kysely<Database>, institutionId: string): Promise<ContentOverrides> {
	return collect(await overrides.list(db, institutionId));
}

/**
 * The institution's content. Stored changes were valid when saved; if an upgrade's new defaults
 * make them inconsistent, the pages show the defaults (and the log says so) rather than break.
 */
export async function contentFor(db: Kysely<Database>, institutionId: string): Promise<Content> {
	const changes = await overridesFor(db, institutionId);
	if (hasNoOverrides(changes)) return defaultContent();
	const result = contentSchema(await factorKeysFor(db, institutionId)).safeParse(applyOverrides(defaultContent(), changes));
	if (!result.success) {
		log.warn({ institutionId, issues: result.error.issues.length }, 'content overrides no longer fit the defaults; showing the defaults');
		return defaultContent();
	}
	return deepFreeze(withoutProducts(result.data, changes.hidden));
}

/**
 * Whose toolkit a request reads: a signed-in user's own institution; a visitor without an account
 * reads the institution this install was set up for (decision record 0038), and sees only what
 * that institution made public. Null before the first visit has created an institution.
 */
export type ToolkitReader = { institutionId: string; signedIn: boolean };

export async function readerFor(db: Kysely<Database>, locals: App.Locals): Promise<ToolkitReader | null> {
	if (locals.user) return { institutionId: locals.user.institutionId, signedIn: true };
	const home = await institutions.first(db);
	return home ? { institutionId: home.id, signedIn: false } : null;
}

/** What the toolkit pages show: the reader's institution's content (decision records 0016, 0038), the defaults before setup. */
export async function contentForRequest(locals: App.Locals): Promise<Content> {
	const { db } = await getDb();
	const reader = await readerFor(db, locals);
	return reader ? contentFor(db, reader.institutionId) : defaultContent();
}

const DOCUMENT_SCHEMAS = { 'product-texts': productTextsSchema, route: routeOverrideSchema, mapping: mappingOverrideSchema } as const;

export type OverrideResult = { ok: true } | { ok: false; errors: string[] };

/**
 * Validates one change together with every other change of the institution, and stores it only
 * when the merged content is valid. Problems come back as `path: what` in the admin's language.
 */
export async function saveOverride(
	db: Kysely<Database>,
	institutionId: string,
	change: { kind: OverrideKind; target: string; document: unknown },
	language: Language
): Promise<OverrideResult> {
	const current = await overridesFor(db, institutionId);
	let document: unknown = {};
	if (change.kind !== 'hidden') {
		const parsed = DOCUMENT_SCHEMAS[change.kind].safeParse(change.document, { reportInput: true });
		if (!parsed.success) return { ok: false, errors: parsed.error.issues.map((issue) => localiseIssue(issue, language)) };
		document = parsed.data;
	}
	const candidate: ContentOverrides = {
		productTexts: change.kind === 'product-texts' ? { ...current.productTexts, [change.target]: document as never } : current.productTexts,
		hidden: change.kind === 'hidden' ? [...current.hidden, change.target] : current.hidden,
		routes: change.kind === 'route' ? { ...current.routes, [change.target]: document as never } : current.routes,
		mapping: change.kind === 'mapping' ? { ...current.mapping, [change.target]: document as never } : current.mapping
	};
	const merged = applyOverrides(defaultContent(), candidate);
	const result = contentSchema(await factorKeysFor(db, institutionId)).safeParse(merged, { reportInput: true });
	if (!result.success) return { ok: false, errors: result.error.issues.map((issue) => localiseIssue(issue, language)) };
	if (change.kind === 'hidden' && !merged.products.some((product) => product.key === change.target)) {
		return { ok: false, errors: [localiseIssue({ code: 'custom', path: ['products'], message: '', params: { missingProduct: change.target }, input: undefined }, language)] };
	}
	await overrides.put(db, institutionId, change.kind, change.target, JSON.stringify(document));
	return { ok: true };
}

/**
 * What the admin pages edit: the defaults with every change applied but hidden products still
 * present (they can be shown again), and the changes themselves to mark what is the institution's own.
 */
export async function editableContent(db: Kysely<Database>, institutionId: string): Promise<{ content: Content; changes: ContentOverrides }> {
	const changes = await overridesFor(db, institutionId);
	return { content: applyOverrides(defaultContent(), changes), changes };
}

export async function resetOverride(db: Kysely<Database>, institutionId: string, kind: OverrideKind, target: string): Promise<boolean> {
	return overrides.remove(db, institutionId, kind, target);
}
