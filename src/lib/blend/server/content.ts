/**
 * The hint rules and principles a design of an institution is checked against: the defaults, or
 * the institution's own rules (which replace the defaults) and own principles (added after them).
 * A stored document is checked again when read: should a later default (a renamed product) make
 * it invalid, the defaults apply and the log says so, rather than a page breaking.
 */
import type { Kysely } from 'kysely';
import type { Database } from '$lib/server/db/schema';
import { log } from '$lib/server/log';
import { contentFor } from '$lib/toolkit/server/content';
import { DEFAULT_HINT_RULES } from '$lib/blend/data/hint-rules';
import { DEFAULT_PRINCIPLES, ownPrinciplesSchema, type Principle } from '$lib/blend/data/principles';
import { hintRulesSchema, type HintRule } from '$lib/blend/hints';
import type { Content } from '$lib/toolkit/schema';
import { environmentsOf } from '$lib/blend/environments';
import * as blendContent from './data/blend-content';

/** The rule file's schema against the institution's content: its environments and products. */
export function rulesSchemaFor(content: Content) {
	return hintRulesSchema(environmentsOf(content).map((e) => e.id), content.products.map((p) => p.key));
}

export async function hintRulesFor(db: Kysely<Database>, institutionId: string, content?: Content): Promise<{ rules: HintRule[]; own: boolean }> {
	const stored = await blendContent.get(db, institutionId, 'hint-rules');
	if (stored === undefined) return { rules: DEFAULT_HINT_RULES, own: false };
	const parsed = rulesSchemaFor(content ?? (await contentFor(db, institutionId))).safeParse(stored);
	if (parsed.success) return { rules: parsed.data, own: true };
	log.warn({ institutionId, issues: parsed.error.issues.length }, 'own hint rules no longer valid; using the defaults');
	return { rules: DEFAULT_HINT_RULES, own: false };
}

export async function principlesFor(db: Kysely<Database>, institutionId: string): Promise<{ principles: Principle[]; own: Principle[] }> {
	const stored = await blendContent.get(db, institutionId, 'principles');
	const parsed = stored === undefined ? null : ownPrinciplesSchema.safeParse(stored);
	const own = parsed?.success ? parsed.data : [];
	return { principles: [...DEFAULT_PRINCIPLES, ...own], own };
}
