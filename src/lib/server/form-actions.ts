/**
 * The form actions the start script answers on Node's own response, by route id and action name
 * (server/http/direct-actions.ts, decision record 0061): the two posts that come by the thousand.
 * Each is the very function its route exports as that action; a test checks that they agree.
 */
import type { DirectActions } from './http/direct-actions';
import { saveAnswer } from '$lib/scan/server/answer-action';
import { submitSurvey } from '$lib/survey/server/respondent-actions';
import { sentRespondentToken } from '$lib/survey/server/respondent-cookie';

export const DIRECT_ACTIONS: DirectActions = {
	// The scan page's autosave, as its script sends it (a plain form gets the page back: SvelteKit).
	'/scans/[id]': { answer: { run: saveAnswer, plainForms: false, signedIn: true } },
	// A survey's submission, with or without JavaScript: it ends in the redirect to the thank-you
	// page. A device without its token would get one set (a cookie): SvelteKit answers that one.
	'/r/[code]': { submit: { run: submitSurvey, plainForms: true, signedIn: false, ready: ({ cookies }) => sentRespondentToken(cookies) !== null } }
};
