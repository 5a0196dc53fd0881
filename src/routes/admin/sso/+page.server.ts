import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as institutions from '$lib/accounts/server/data/institutions';
import { ROLES, type Role } from '$lib/accounts/server/data/users';
import { requireAdmin } from '$lib/server/http/auth';
import { handleForm, invalid, readForm } from '$lib/server/http/forms';
import { format, messages } from '$lib/i18n';
import { institutionValueProblem, normaliseInstitutionValue, MAX_INSTITUTION_VALUE_LENGTH } from '$lib/sso/claims';
import { authConfig } from '$lib/sso/server/config';
import * as ssoRequests from '$lib/sso/server/data/sso-requests';
import { approve } from '$lib/sso/server/approval';

/** /admin/sso: the institution's claim value, and who waits for approval after a first single sign-on. */
export const load: PageServerLoad = async ({ locals, url }) => {
	const admin = requireAdmin(locals, url);
	const sso = authConfig().sso;
	const { db } = await getDb();
	const [value, requests] = await Promise.all([institutions.ssoValue(db, admin.institutionId), ssoRequests.listForInstitution(db, admin.institutionId)]);
	const show = (r: ssoRequests.SsoRequest) => ({ id: r.id, name: r.name, email: r.email, createdAt: r.createdAt, rejectedAt: r.rejectedAt });
	return {
		sso: sso && { displayName: sso.displayName, institutionClaim: sso.institutionClaim },
		value,
		waiting: requests.waiting.map(show),
		rejected: requests.rejected.map(show),
		keepRejectedDays: ssoRequests.KEEP_REJECTED_DAYS,
		roles: ROLES
	};
};

export const actions: Actions = {
	value: ({ request, locals, url }) =>
		handleForm(async () => {
			const admin = requireAdmin(locals, url);
			const m = messages(locals.language).sso.admin;
			const form = await readForm(request, locals.language, ['value']);
			const raw = form.one('value');
			const problem = institutionValueProblem(raw);
			if (problem) {
				const text = { empty: m.valueEmpty, long: format(m.valueLong, { max: MAX_INSTITUTION_VALUE_LENGTH }), spaces: m.valueSpaces }[problem];
				return invalid(400, { value: text }, { value: raw.slice(0, 200) });
			}
			const { db } = await getDb();
			if (!(await institutions.setSsoValue(db, admin.institutionId, normaliseInstitutionValue(raw)))) return invalid(400, { value: m.valueTaken }, { value: raw });
			return { done: 'value' };
		}),

	approve: ({ request, locals, url }) =>
		handleForm(async () => {
			const admin = requireAdmin(locals, url);
			const m = messages(locals.language);
			const form = await readForm(request, locals.language, ['id', 'role']);
			const role = form.one('role');
			if (!(ROLES as readonly string[]).includes(role)) return invalid(400, { form: m.common.invalidInput });
			const { db } = await getDb();
			const result = await approve(db, admin.institutionId, form.one('id'), role as Role);
			if (!result.ok) return invalid(400, { form: result.problem === 'gone' ? m.sso.admin.gone : format(m.sso.admin.emailTaken, { email: result.email }) });
			return { done: 'approve', message: format(m.sso.admin.approved, { name: result.name, role: m.admin.roles[role as Role] }) };
		}),

	reject: ({ request, locals, url }) =>
		handleForm(async () => {
			const admin = requireAdmin(locals, url);
			const m = messages(locals.language).sso.admin;
			const form = await readForm(request, locals.language, ['id']);
			const { db } = await getDb();
			const found = await ssoRequests.get(db, admin.institutionId, form.one('id'));
			if (!found || !(await ssoRequests.reject(db, admin.institutionId, found.id))) return invalid(400, { form: m.gone });
			return { done: 'reject', message: format(m.rejected, { name: found.name }) };
		})
};
