/** Reading the tool form and the rubric form of a tool's page from a post: only their own fields. */
import { readForm } from '$lib/server/http/forms';
import type { Language } from '$lib/i18n';
import { factorsOf, type Instrument } from '$lib/instrument/schema';
import { TOOL_FIELDS, type RawTool } from '../tool';

/** The tool's fields as posted, and the same as text to show again when something is wrong. */
export async function readToolForm(request: Request, language: Language): Promise<{ raw: RawTool; values: Record<string, string> }> {
	const form = await readForm(request, language, TOOL_FIELDS.filter((f) => f !== 'learningTypes'), ['learningTypes']);
	const raw: RawTool = {};
	const values: Record<string, string> = {};
	for (const field of TOOL_FIELDS) {
		if (field === 'learningTypes') {
			raw.learningTypes = form.many('learningTypes');
			values.learningTypes = raw.learningTypes.join('|');
		} else {
			raw[field] = form.one(field);
			values[field] = raw[field] ?? '';
		}
	}
	return { raw, values };
}

/** The rubric form's fields (a level and a note per criterion), as the rating feature reads them. */
export async function readRatingForm(request: Request, language: Language, rubric: Instrument): Promise<URLSearchParams> {
	const names = factorsOf(rubric).flatMap(({ factor }) => [`level.${factor.key}`, `note.${factor.key}`]);
	const form = await readForm(request, language, names);
	const params = new URLSearchParams();
	for (const name of names) params.set(name, form.one(name));
	return params;
}
