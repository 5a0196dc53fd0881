import type { Actions, PageServerLoad } from './$types';
import { fail } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireAdmin } from '$lib/server/http/auth';
import { handleForm, readForm } from '$lib/server/http/forms';
import { format, messages } from '$lib/i18n';
import * as blendContent from '$lib/blend/server/data/blend-content';
import { hintRulesFor, principlesFor, rulesSchemaFor } from '$lib/blend/server/content';
import { ownPrinciplesSchema } from '$lib/blend/data/principles';
import { contentFor } from '$lib/toolkit/server/content';

export const load: PageServerLoad = async ({ locals, url }) => {
	const admin = requireAdmin(locals, url);
	const { db } = await getDb();
	const [rules, principles] = await Promise.all([hintRulesFor(db, admin.institutionId), principlesFor(db, admin.institutionId)]);
	return { rules: JSON.stringify(rules.rules, null, 2), ownRules: rules.own, principles: JSON.stringify(principles.own, null, 2) };
};

/** Reads the posted JSON and checks it with `schema`; problems as "path: what". */
function parse(text: string, schema: { safeParse: (v: unknown) => { success: true; data: unknown } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } }, language: App.Locals['language']) {
	const t = messages(language).blendUi.admin;
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch (e) {
		return { ok: false as const, problems: [format(t.notJson, { problem: e instanceof Error ? e.message : '' })] };
	}
	const result = schema.safeParse(value);
	if (!result.success) return { ok: false as const, problems: result.error.issues.map((i) => `${i.path.join('.') || '/'}: ${i.message}`) };
	return { ok: true as const, value: result.data };
}

async function save(request: Request, locals: App.Locals, url: URL, kind: blendContent.BlendContentKind) {
	const admin = requireAdmin(locals, url);
	const { db } = await getDb();
	const form = await readForm(request, locals.language, ['document', 'do']);
	if (form.one('do') === 'reset') {
		await blendContent.remove(db, admin.institutionId, kind);
		return { done: kind };
	}
	const schema = kind === 'hint-rules' ? rulesSchemaFor(await contentFor(db, admin.institutionId)) : ownPrinciplesSchema;
	const parsed = parse(form.one('document'), schema, locals.language);
	if (!parsed.ok) return fail(400, { kind, problems: parsed.problems, document: form.one('document') });
	await blendContent.put(db, admin.institutionId, kind, parsed.value);
	return { done: kind };
}

export const actions: Actions = {
	rules: ({ request, locals, url }) => handleForm(() => save(request, locals, url, 'hint-rules')),
	principles: ({ request, locals, url }) => handleForm(() => save(request, locals, url, 'principles'))
};
