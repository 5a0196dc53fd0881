/**
 * Institution-wide scans ("surveys"): scope, instrument, who is asked, when it is open, and the
 * hashed share link of its report. Routes reach a survey only through `getInInstitution` (signed
 * in), `getByCode` (respondents) or `getByShareToken` (management's read-only link).
 */
import { randomBytes } from 'node:crypto';
import type { Kysely, Updateable } from 'kysely';
import type { Database, SurveyTable } from '$lib/server/db/schema';
import { inTransaction } from '$lib/server/db/transaction';
import { changedFields } from '$lib/audit/audit';
import * as audit from '$lib/audit/server/data/audit';
import { isSurveyRole, type SurveyRole } from '$lib/survey/survey-report';
import type { SurveyTexts } from '$lib/survey/survey';
import { now } from '$lib/server/db/ids';
import { hashToken, newToken } from '$lib/accounts/server/data/sessions';
import * as actionPlans from '$lib/plan/server/data/action-plans';
import { createWithPlan, scopeColumns, toScoped, type ScopeInput, type Scoped } from '$lib/plan/server/data/plan-owners';
import { prepared } from '$lib/server/db/prepared';

export interface Survey extends Scoped {
	code: string;
	opensAt: string;
	closesAt: string;
	closedAt: string | null;
	roles: SurveyRole[];
	askUnit: boolean;
	minGroupSize: number;
	message: string;
	/** The title and message in English; '' when not written. */
	titleEn: string;
	messageEn: string;
	shared: boolean;
	createdBy: string;
}

export interface SurveyInput extends ScopeInput {
	opensAt: string;
	closesAt: string;
	roles: readonly SurveyRole[];
	askUnit: boolean;
	minGroupSize: number;
	message: string;
	titleEn?: string;
	messageEn?: string;
	createdBy: string;
}

/** 128 random bits in the respondent link: not guessable, short enough for a QR code. */
const newCode = (): string => randomBytes(16).toString('base64url');

/** Creates a survey with its own (empty) action plan. */
export async function create(db: Kysely<Database>, input: SurveyInput): Promise<{ id: string; code: string }> {
	const code = newCode();
	const id = await createWithPlan(db, 'survey', input, (trx, shared) =>
		trx
			.insertInto('survey')
			.values({
				...shared,
				code,
				opens_at: input.opensAt,
				closes_at: input.closesAt,
				closed_at: null,
				roles: input.roles.join(','),
				ask_unit: input.askUnit ? 1 : 0,
				min_group_size: input.minGroupSize,
				message: input.message,
				title_en: input.titleEn ?? '',
				message_en: input.messageEn ?? '',
				share_token_hash: null,
				created_by: input.createdBy
			})
			.execute()
	);
	return { id, code };
}

function baseQuery(db: Kysely<Database>) {
	return db
		.selectFrom('survey')
		.leftJoin('unit', 'unit.id', 'survey.unit_id')
		.select([
			...scopeColumns('survey'),
			'survey.code',
			'survey.opens_at',
			'survey.closes_at',
			'survey.closed_at',
			'survey.roles',
			'survey.ask_unit',
			'survey.min_group_size',
			'survey.message',
			'survey.title_en',
			'survey.message_en',
			'survey.share_token_hash',
			'survey.created_by'
		]);
}

type Row = Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>;

const toSurvey = (r: Row): Survey => ({
	...toScoped(r),
	code: r.code,
	opensAt: r.opens_at,
	closesAt: r.closes_at,
	closedAt: r.closed_at,
	roles: r.roles.split(',').filter(isSurveyRole),
	askUnit: r.ask_unit === 1,
	minGroupSize: r.min_group_size,
	message: r.message,
	titleEn: r.title_en,
	messageEn: r.message_en,
	shared: r.share_token_hash !== null,
	createdBy: r.created_by
});

export async function getInInstitution(db: Kysely<Database>, institutionId: string, id: string): Promise<Survey | undefined> {
	const r = await baseQuery(db).where('survey.id', '=', id).where('survey.institution_id', '=', institutionId).executeTakeFirst();
	return r && toSurvey(r);
}

export async function getByCode(db: Kysely<Database>, code: string): Promise<Survey | undefined> {
	const [r] = (await byCode(db, { code })).rows;
	return r && toSurvey(r);
}

// Prepared once: every respondent's page and submission starts here (decision record 0058).
const byCode = prepared((db, p: { code: string }) => baseQuery(db).where('survey.code', '=', p.code));

export async function getByShareToken(db: Kysely<Database>, token: string): Promise<Survey | undefined> {
	const r = await baseQuery(db).where('survey.share_token_hash', '=', hashToken(token)).executeTakeFirst();
	return r && toSurvey(r);
}

export interface SurveySummary extends Survey {
	responses: number;
}

export async function listForInstitution(db: Kysely<Database>, institutionId: string): Promise<SurveySummary[]> {
	const rows = await baseQuery(db)
		.select((eb) =>
			// From the respondent tally (decision record 0049): counting a million responses per listed survey is slow.
			eb.selectFrom('survey_respondent_tally').select((e) => e.fn.sum<number | string>('n').as('n')).whereRef('survey_respondent_tally.survey_id', '=', 'survey.id').as('responses')
		)
		.where('survey.institution_id', '=', institutionId)
		.orderBy('survey.created_at', 'desc')
		.execute();
	return rows.map((r) => ({ ...toSurvey(r), responses: Number(r.responses ?? 0) }));
}

/**
 * The latest earlier survey of the same institution, scope (unit or whole institution) and
 * instrument, to compare with. "Earlier" is by opening date, then creation.
 */
export async function previousOf(db: Kysely<Database>, survey: Survey): Promise<Survey | undefined> {
	let q = baseQuery(db)
		.where('survey.institution_id', '=', survey.institutionId)
		.where('survey.instrument_key', '=', survey.instrumentKey)
		.where('survey.id', '!=', survey.id)
		.where((w) => w.or([w('survey.opens_at', '<', survey.opensAt), w.and([w('survey.opens_at', '=', survey.opensAt), w('survey.created_at', '<', survey.createdAt)])]));
	q = survey.unitId === null ? q.where('survey.unit_id', 'is', null) : q.where('survey.unit_id', '=', survey.unitId);
	const r = await q.orderBy('survey.opens_at', 'desc').orderBy('survey.created_at', 'desc').executeTakeFirst();
	return r && toSurvey(r);
}

/** Replaces the texts respondents read (title and message, Dutch and English), already checked by `parseTexts`. */
export async function updateTexts(db: Kysely<Database>, id: string, texts: SurveyTexts): Promise<void> {
	await change(db, id, { title: texts.title, title_en: texts.titleEn, message: texts.message, message_en: texts.messageEn });
}

/** Closes early; a survey already closed keeps its first closing time. */
export async function close(db: Kysely<Database>, id: string, at = now()): Promise<void> {
	await change(db, id, { closed_at: at }, { at, onlyOpen: true });
}

/** A new read-only link to the report; any earlier link stops working. Returns the token (only its hash is kept). */
export async function share(db: Kysely<Database>, id: string): Promise<string> {
	const token = newToken();
	await change(db, id, { share_token_hash: hashToken(token) });
	return token;
}

export async function revokeShare(db: Kysely<Database>, id: string): Promise<void> {
	await change(db, id, { share_token_hash: null });
}

type Change = Pick<Updateable<SurveyTable>, 'title' | 'title_en' | 'message' | 'message_en' | 'closed_at' | 'share_token_hash'>;

/**
 * Writes `values` and records in the audit trail which of them changed (by name), in one
 * transaction. `onlyOpen`: change nothing once the survey is closed.
 */
async function change(db: Kysely<Database>, id: string, values: Change, { at = now(), onlyOpen = false } = {}): Promise<void> {
	const names = Object.keys(values) as (keyof Change)[];
	await inTransaction(db, async (trx) => {
		const before = await trx.selectFrom('survey').select([...names, 'institution_id']).where('id', '=', id).executeTakeFirst();
		if (!before) return;
		const result = await trx
			.updateTable('survey')
			.set({ ...values, updated_at: at })
			.where('id', '=', id)
			.$if(onlyOpen, (qb) => qb.where('closed_at', 'is', null))
			.executeTakeFirst();
		const fields = changedFields<Change>(before, values, names);
		if (Number(result.numUpdatedRows) > 0 && fields.length > 0)
			await audit.record(trx, { institutionId: before.institution_id, action: 'update', objectKind: 'survey', objectId: id, fields });
	});
}

/** Deletes a survey of this institution with everything it holds (answers, responses, paused answers) and its action plan; false when it has no such survey. */
export function remove(db: Kysely<Database>, institutionId: string, id: string): Promise<boolean> {
	return actionPlans.removeWithOwner(db, 'survey', institutionId, id);
}
