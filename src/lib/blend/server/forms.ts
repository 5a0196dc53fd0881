/**
 * The designer's forms on the server: what each form may post, read into the domain's checks
 * (`design-input.ts`), and the problems turned into messages in the user's language, keyed by the
 * form's field names so each shows beside its field.
 */
import { messages, type Language } from '$lib/i18n';
import { readForm, type FormErrors } from '$lib/server/http/forms';
import { checkActivity, checkDesign, type ActivityField, type DesignField, type InputProblem } from '$lib/blend/design-input';

export const DESIGN_FIELDS = ['title', 'period', 'studyLoadAmount', 'studyLoadUnit', 'weeks', 'outcomes', 'unit'] as const;
export const ACTIVITY_FIELDS = ['title', 'environment', 'synchrony', 'grouping', 'learningType', 'weeks', 'hours', 'teacherRole', 'notes', 'revision'] as const;

function errorsFor<F extends string>(problems: Partial<Record<F, InputProblem>>, language: Language, fieldName: (f: F) => string = (f) => f): FormErrors {
	const m = messages(language).blend.problems;
	return Object.fromEntries(Object.entries(problems).map(([field, problem]) => [fieldName(field as F), m[problem as InputProblem]]));
}

const designFieldName = (f: DesignField) => (f === 'studyLoad' ? 'studyLoadAmount' : f);

export async function readDesignForm(request: Request, language: Language, extra: readonly string[] = []) {
	const form = await readForm(request, language, [...DESIGN_FIELDS, ...extra]);
	const values = Object.fromEntries([...DESIGN_FIELDS, ...extra].map((name) => [name, form.one(name)])) as Record<string, string>;
	const checked = checkDesign({
		title: values.title ?? '',
		period: values.period ?? '',
		studyLoadAmount: values.studyLoadAmount ?? '',
		studyLoadUnit: values.studyLoadUnit ?? '',
		weeks: values.weeks ?? '',
		outcomes: (values.outcomes ?? '').split(/\r?\n/)
	});
	return { values, checked, errors: checked.ok ? {} : errorsFor(checked.problems, language, designFieldName) };
}

export async function readActivityForm(request: Request, language: Language, design: { weeks: number; outcomeIds: readonly string[]; environmentIds: readonly string[] }) {
	const form = await readForm(request, language, ACTIVITY_FIELDS, ['outcomeIds']);
	const values = Object.fromEntries(ACTIVITY_FIELDS.map((name) => [name, form.one(name)])) as Record<(typeof ACTIVITY_FIELDS)[number], string>;
	const outcomeIds = form.many('outcomeIds');
	const checked = checkActivity({ ...values, outcomeIds }, design);
	const revision = Number(values.revision);
	return {
		values: { ...values, outcomeIds: outcomeIds.join(',') },
		checked,
		revision: Number.isInteger(revision) && revision >= 0 ? revision : 0,
		errors: checked.ok ? {} : errorsFor<ActivityField>(checked.problems, language)
	};
}
