import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as institutions from '$lib/accounts/server/data/institutions';
import * as units from '$lib/accounts/server/data/units';
import * as users from '$lib/accounts/server/data/users';
import * as invites from '$lib/accounts/server/data/invites';
import { requireAdmin } from '$lib/server/http/auth';
import { handleForm, invalid, readForm } from '$lib/server/http/forms';
import { institutionField, nameField } from '$lib/accounts/server/accounts';
import { format, messages } from '$lib/i18n';
import { authConfig } from '$lib/sso/server/config';

export const load: PageServerLoad = async ({ locals, url }) => {
	const admin = requireAdmin(locals, url);
	const { db } = await getDb();
	const [institution, unitList, userList, openInvites] = await Promise.all([
		institutions.get(db, admin.institutionId),
		units.listForInstitution(db, admin.institutionId),
		users.listForInstitution(db, admin.institutionId),
		invites.listOpen(db, admin.institutionId)
	]);
	return {
		institution: institution!,
		units: unitList,
		users: userList.map((u) => ({ id: u.id, name: u.name, email: u.email, role: u.role })),
		invites: openInvites.map((i) => ({ id: i.id, role: i.role, label: i.label, expiresAt: i.expiresAt })),
		inviteDays: invites.INVITE_DAYS,
		inviteLabelMax: invites.MAX_INVITE_LABEL_LENGTH,
		retentionChoices: institutions.RETENTION_MONTHS,
		// With passwords off an invitation's page refuses to make an account: no form that leads there.
		passwordLogin: authConfig().passwordLogin
	};
};

export const actions: Actions = {
	rename: ({ request, locals, url }) =>
		handleForm(async () => {
			const admin = requireAdmin(locals, url);
			const form = await readForm(request, locals.language, ['name']);
			const name = institutionField(locals.language).safeParse(form.one('name'));
			if (!name.success) return invalid(400, { institution: name.error.issues[0]!.message });
			const { db } = await getDb();
			await institutions.rename(db, admin.institutionId, name.data);
			return { done: 'rename' };
		}),

	retention: ({ request, locals, url }) =>
		handleForm(async () => {
			const admin = requireAdmin(locals, url);
			const form = await readForm(request, locals.language, ['months']);
			const raw = form.one('months');
			const months = raw === '' ? null : Number(raw);
			if (months !== null && !(institutions.RETENTION_MONTHS as readonly number[]).includes(months))
				return invalid(400, { retention: messages(locals.language).admin.retention.invalid });
			const { db } = await getDb();
			await institutions.setRetention(db, admin.institutionId, months);
			return { done: 'retention' };
		}),

	addUnit: ({ request, locals, url }) =>
		handleForm(async () => {
			const admin = requireAdmin(locals, url);
			const m = messages(locals.language);
			const form = await readForm(request, locals.language, ['name', 'kind']);
			const name = form.one('name').trim();
			const kind = form.one('kind');
			const values = { unitName: name, unitKind: kind };
			if (!nameField(locals.language).safeParse(name).success) return invalid(400, { unitName: m.auth.errors.nameRequired }, values);
			if (!units.UNIT_KINDS.includes(kind as units.UnitKind)) return invalid(400, { unitKind: m.common.invalidInput }, values);
			const { db } = await getDb();
			if (await units.nameTaken(db, admin.institutionId, name)) return invalid(409, { unitName: m.admin.unitExists }, values);
			await units.create(db, admin.institutionId, name, kind as units.UnitKind);
			return { done: 'addUnit' };
		}),

	deleteUnit: ({ request, locals, url }) =>
		handleForm(async () => {
			const admin = requireAdmin(locals, url);
			const form = await readForm(request, locals.language, ['id']);
			const { db } = await getDb();
			const unit = await units.getInInstitution(db, admin.institutionId, form.one('id'));
			if (!unit) return invalid(404, { units: messages(locals.language).common.notFound });
			if (await units.isInUse(db, unit.id)) return invalid(409, { units: messages(locals.language).admin.unitInUse });
			await units.destroy(db, admin.institutionId, unit.id);
			return { done: 'deleteUnit' };
		}),

	invite: ({ request, locals, url }) =>
		handleForm(async () => {
			const admin = requireAdmin(locals, url);
			if (!authConfig().passwordLogin) return invalid(400, { form: messages(locals.language).sso.admin.invitesOff });
			const form = await readForm(request, locals.language, ['role', 'label']);
			const role = form.one('role');
			const label = form.one('label').trim();
			if (!users.ROLES.includes(role as users.Role)) return invalid(400, { role: messages(locals.language).common.invalidInput }, { label });
			if (label.length > invites.MAX_INVITE_LABEL_LENGTH)
				return invalid(400, { label: format(messages(locals.language).common.tooLong, { max: invites.MAX_INVITE_LABEL_LENGTH }) }, { label });
			const { db } = await getDb();
			const { token } = await invites.create(db, { institutionId: admin.institutionId, role: role as users.Role, createdBy: admin.id, label });
			// Shown once, to the admin only; the database keeps just the token's hash.
			return { done: 'invite', inviteLink: `${url.origin}/invite/${token}`, inviteLabel: label };
		}),

	revoke: ({ request, locals, url }) =>
		handleForm(async () => {
			const admin = requireAdmin(locals, url);
			const form = await readForm(request, locals.language, ['id']);
			const { db } = await getDb();
			if (!(await invites.revoke(db, admin.institutionId, form.one('id'))))
				return invalid(404, { form: messages(locals.language).common.invalidInput });
			return { done: 'revoke' };
		})
};
