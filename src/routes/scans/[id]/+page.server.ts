import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as scanAnswers from '$lib/scan/server/data/scan-answers';
import { mayRemove, requireUser } from '$lib/server/http/auth';
import { scanForEditor, scanForUser } from '$lib/scan/server/access';
import { editorActions, editorsPanel } from '$lib/editors/server/editors';
import { handleForm, invalid, readForm } from '$lib/server/http/forms';
import { textField, textTooLong } from '$lib/plan/server/fields';
import { answersByFactor, parsePhaseField, progress } from '$lib/scan/scan';
import { saveAnswer } from '$lib/scan/server/answer-action';
import { messages } from '$lib/i18n';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const user = requireUser(locals, url);
	const { db } = await getDb();
	const { scan, instrument } = await scanForUser(db, user, params.id);
	const answers = await scanAnswers.list(db, scan.id);
	const byFactor = answersByFactor(answers);
	const requested = url.searchParams.get('c');
	const categoryIndex = Math.max(0, instrument.categories.findIndex((c) => c.key === requested));
	return {
		scan: { id: scan.id, title: scan.title, level: scan.level, unitName: scan.unitName },
		instrument,
		categoryIndex,
		answers: Object.fromEntries(byFactor),
		progress: progress(instrument, byFactor),
		canRemove: mayRemove(user, scan.createdBy),
		editors: await editorsPanel(db, user, 'scan', scan)
	};
};

export const actions: Actions = {
	// Every autosave: answered on Node's own response by the start script (decision record 0061).
	answer: saveAnswer,

	/** An institution's own question: a phase (kept as "where we are") or free text (kept as the text). */
	question: ({ request, locals, url, params }) =>
		handleForm(async () => {
			const user = requireUser(locals, url);
			const m = messages(locals.language).scan;
			const { db } = await getDb();
			// Who may write is settled before the body is read: nobody else's input is parsed.
			const { scan, instrument } = await scanForEditor(db, user, params.id);
			const form = await readForm(request, locals.language, ['question', 'phase', 'text']);
			const key = form.one('question');
			const values = { question: key };
			const question = instrument.questions.find((q) => q.key === key);
			if (!question) return invalid(400, { question: m.errors.factorUnknown }, values);
			if (question.kind === 'phase') {
				const phase = parsePhaseField(form.one('phase'));
				if (!phase.ok || form.one('text') !== '') return invalid(400, { phase: m.errors.phaseInvalid }, values);
				await scanAnswers.save(db, scan.id, { factorKey: key, current: phase.value, desired: null, needed: '' });
			} else {
				const text = textField(locals.language).safeParse(form.one('text'));
				if (!text.success || form.one('phase') !== '') return invalid(400, { text: textTooLong(locals.language) }, values);
				await scanAnswers.save(db, scan.id, { factorKey: key, current: null, desired: null, needed: text.data });
			}
			return { savedQuestion: key };
		}),

	...editorActions('scan', async ({ locals, url, params }) => {
		const user = requireUser(locals, url);
		const { db } = await getDb();
		return { db, user, thing: (await scanForUser(db, user, params.id)).scan };
	})
};
