/** A refused single sign-on as the error page shows it: the status and the text in the person's language. */
import { error } from '@sveltejs/kit';
import { messages, type Language } from '$lib/i18n';
import type { SsoProblem } from './sign-in';

const STATUS: Record<SsoProblem, 400 | 403> = {
	providerDown: 400,
	providerRefused: 400,
	wrongIssuer: 400,
	invalidAnswer: 400,
	expired: 400,
	noSubject: 400,
	noInstitution: 400,
	unknownInstitution: 403,
	disabled: 403
};

export function refuse(problem: SsoProblem, language: Language): never {
	error(STATUS[problem], { message: messages(language).sso.errors[problem] });
}
