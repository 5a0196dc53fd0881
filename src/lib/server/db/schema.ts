/**
 * Table types for Kysely. The same schema runs on SQLite and PostgreSQL, so columns use types
 * both share: text ids (UUIDs), ISO-8601 text timestamps, integers for phases and 0/1 flags.
 */
import type { ColumnType, Generated } from 'kysely';

export interface InstitutionTable {
	id: string;
	name: string;
	created_at: string;
	/** Scans, workshops and surveys untouched for longer are deleted; null keeps them. */
	retention_months: ColumnType<number | null, number | null | undefined, number | null>;
	/** The value of the single sign-on institution claim that names this institution (e.g. `han.nl`). */
	sso_value: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface UnitTable {
	id: string;
	institution_id: string;
	name: string;
	/** 'sector' (sector/faculteit/domein) or 'programme' (opleiding). */
	kind: string;
	created_at: string;
}

export interface UserTable {
	id: string;
	institution_id: string;
	email: string;
	name: string;
	/** '' for an account that signs in only by single sign-on. */
	password_hash: string;
	role: string;
	created_at: string;
	last_sign_in_at: ColumnType<string | null, string | null | undefined, string | null>;
	/** Set by an administrator: the account cannot sign in and its sessions are gone. */
	disabled_at: ColumnType<string | null, string | null | undefined, string | null>;
	/** The OpenID Connect identity of an account made by single sign-on (both null otherwise). */
	oidc_issuer: ColumnType<string | null, string | null | undefined, string | null>;
	oidc_subject: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface SessionTable {
	/** SHA-256 of the session token: a stolen database holds no usable token. */
	id: string;
	user_id: string;
	created_at: string;
	expires_at: string;
}

export interface InviteTable {
	id: string;
	institution_id: string;
	token_hash: string;
	role: string;
	/** For whom the administrator made it (a name, e-mail address or function); '' when not said. */
	label: ColumnType<string, string | undefined, string>;
	created_by: string;
	created_at: string;
	expires_at: string;
	used_at: string | null;
}

export interface ScanTable {
	id: string;
	institution_id: string;
	unit_id: string | null;
	level: string;
	title: string;
	instrument_key: string;
	instrument_version: number;
	action_plan_id: string;
	created_by: string;
	created_at: string;
	updated_at: string;
}

export interface ScanAnswerTable {
	scan_id: string;
	factor_key: string;
	/** 1–3, or null when not answered or answered "weet ik niet". */
	current_phase: number | null;
	current_unknown: number;
	desired_phase: number | null;
	desired_unknown: number;
	needed: string;
	/** The client's sequence number of the write that set this answer (0: none). */
	client_seq: Generated<number | string>;
	updated_at: string;
}

export interface ActionPlanTable {
	id: string;
	institution_id: string;
	instrument_key: string;
	instrument_version: number;
	created_at: string;
}

export interface PlanPriorityTable {
	action_plan_id: string;
	category_key: string;
	factor_key: string;
	reason: string;
	updated_at: string;
}

export interface ActionPointTable {
	id: string;
	action_plan_id: string;
	category_key: string;
	text: string;
	owner: string;
	due_date: string | null;
	status: string;
	success_criterion: string;
	position: number;
	created_at: string;
	updated_at: string;
}

export interface ActionPointFactorTable {
	action_point_id: string;
	factor_key: string;
}

export interface AppSettingTable {
	key: string;
	value: string;
}

export interface EventTable {
	/** Assigned by the database, increasing, never reused; PostgreSQL's bigint arrives as a string. */
	id: ColumnType<number | string, never, never>;
	/** Who listens, e.g. `workshop:<uuid>`. */
	channel: string;
	type: string;
	/** JSON text. */
	data: string;
	created_at: string;
}

/** A live workshop (migration 0003). `agenda`, `state` and `groups` are JSON text of the domain's types. */
export interface WorkshopTable {
	id: string;
	institution_id: string;
	unit_id: string | null;
	level: string;
	title: string;
	instrument_key: string;
	instrument_version: number;
	leader_id: string;
	/** JSON: `Agenda`. */
	agenda: string;
	/** JSON: `WorkshopState`, with its clock. */
	state: string;
	/** JSON: `TableGroup[]`. */
	groups: string;
	/** JSON: category key → the group whose agreed scores the action plan takes. */
	plan_groups: string;
	/** 0/1: whether participants are asked for a display name. */
	ask_names: number;
	/** Canonical form (`normaliseJoinCode`); null until joining is first opened. */
	join_code: string | null;
	join_code_expires_at: string | null;
	action_plan_id: string;
	/** SHA-256 of the read-only result link's token; null when not shared. */
	share_token_hash: string | null;
	/** Goes up with every change of the row. */
	revision: ColumnType<number, number | undefined, number>;
	created_at: string;
	updated_at: string;
	closed_at: string | null;
}

export interface ParticipantTable {
	id: string;
	workshop_id: string;
	/** SHA-256 of the participant's token; the token itself is only in their cookie. */
	token_hash: string;
	/** '' when anonymous. */
	display_name: string;
	/** A category key, or null. */
	preference: string | null;
	group_key: string | null;
	joined_at: string;
	last_seen_at: string;
}

/** A participant's own score of one factor (step 3, before the group agrees). */
export interface ParticipantScoreTable {
	workshop_id: string;
	participant_id: string;
	factor_key: string;
	current_phase: number | null;
	current_unknown: number;
	desired_phase: number | null;
	desired_unknown: number;
	/** The client-generated id of the write that set these values. */
	client_id: string;
	updated_at: string;
}

/** A table group's shared worksheet for one category; `sheet` is JSON of the domain's `GroupSheet`. */
export interface GroupSheetTable {
	workshop_id: string;
	group_key: string;
	category_key: string;
	sheet: string;
	/** Goes up with every stored change. */
	version: number;
	updated_at: string;
}

/** Every accepted sheet edit id of a workshop, with what happened to it. */
export interface SheetEditTable {
	workshop_id: string;
	edit_id: string;
	group_key: string;
	category_key: string;
	author: string;
	/** 'pending' only inside the transaction that applies it; then 'applied', 'unchanged' or 'conflict'. */
	outcome: string;
	applied_at: string;
}

/** Step 5: the answer to one look-back or look-ahead question. */
export interface ReflectionTable {
	workshop_id: string;
	question_key: string;
	text: string;
	updated_at: string;
}

/**
 * A sheet point the workshop's action plan has taken (migration 0011): an action point id of the
 * group's sheet for the category, or `priority`. Never taken again once here.
 */
export interface TakenSheetPointTable {
	workshop_id: string;
	group_key: string;
	category_key: string;
	point_key: string;
	taken_at: string;
}

/** A participant's answer to one of the institution's own questions in a workshop (migration 0016). */
export interface WorkshopOwnAnswerTable {
	workshop_id: string;
	participant_id: string;
	question_key: string;
	phase: number | null;
	unknown: number;
	text: string;
	updated_at: string;
}

/** An institution-wide scan sent to many respondents (migration 0005). */
export interface SurveyTable {
	id: string;
	institution_id: string;
	unit_id: string | null;
	level: string;
	title: string;
	instrument_key: string;
	instrument_version: number;
	/** The public part of the respondent link. */
	code: string;
	opens_at: string;
	closes_at: string;
	/** Set when the facilitator closes the survey early. */
	closed_at: string | null;
	/** Comma-separated roles asked. */
	roles: string;
	ask_unit: number;
	min_group_size: number;
	message: string;
	/** The title and message in English; '' when not written (the respondent then reads the Dutch ones). */
	title_en: ColumnType<string, string | undefined, string>;
	message_en: ColumnType<string, string | undefined, string>;
	action_plan_id: string;
	share_token_hash: string | null;
	created_by: string;
	created_at: string;
	updated_at: string;
}

/** One submitted response; `id` is the client-generated submission id. */
export interface SurveyResponseTable {
	id: string;
	survey_id: string;
	respondent_hash: string | null;
	role: string;
	unit_id: string | null;
	submitted_at: string;
}

export interface SurveyAnswerTable {
	survey_id: string;
	response_id: string;
	factor_key: string;
	/** The response's role and unit, repeated for the report's covering index. */
	role: string;
	unit_id: string | null;
	current_phase: number | null;
	current_unknown: number;
	desired_phase: number | null;
	desired_unknown: number;
	needed: string;
}

/**
 * The report's counts, kept with every submission (migration 0021, decision record 0049): answers
 * per factor × role × unit × (current, desired). '' is no unit, and a side left empty; a side is
 * otherwise '1', '2', '3' or 'unknown'.
 */
export interface SurveyAnswerTallyTable {
	survey_id: string;
	factor_key: string;
	role: string;
	unit_key: string;
	current_phase: string;
	desired_phase: string;
	n: number;
}

/** Respondents per role × unit ('' is no unit), kept with every submission (migration 0021). */
export interface SurveyRespondentTallyTable {
	survey_id: string;
	role: string;
	unit_key: string;
	n: number;
}

/** Paused answers of one respondent (JSON of the domain's `SurveyDraft`). */
export interface SurveyDraftTable {
	survey_id: string;
	respondent_hash: string;
	data: string;
	updated_at: string;
}

export interface ApiTokenTable {
	id: string;
	institution_id: string;
	token_hash: string;
	label: string;
	created_by: string;
	created_at: string;
	revoked_at: string | null;
}

/** A published version of an institution's own instrument (migration 0006); never updated. */
export interface InstrumentVersionTable {
	institution_id: string;
	instrument_key: string;
	version: number;
	/** JSON of the validated `Instrument`. */
	document: string;
	published_by: string | null;
	published_at: string;
}

/** The one draft an institution's admin edits before publishing it as the next version. */
export interface InstrumentDraftTable {
	institution_id: string;
	instrument_key: string;
	based_on_version: number;
	/** JSON of a valid `Instrument` (every save is validated whole). */
	document: string;
	updated_at: string;
}

/** One change of an institution to the shipped toolkit content (migration 0006). */
export interface ContentOverrideTable {
	institution_id: string;
	/** 'product-texts', 'hidden', 'route' or 'mapping'. */
	kind: string;
	/** The product key, route audience or factor key it changes. */
	target: string;
	/** JSON: `ProductTexts`, `{}`, `Route` or `FactorHelp`. */
	document: string;
	updated_at: string;
}

/** A file or link an institution attached to a toolkit product (migration 0006). */
export interface ProductAttachmentTable {
	id: string;
	institution_id: string;
	product_key: string;
	/** 'file' or 'link'. */
	kind: string;
	title: string;
	url: string | null;
	file_name: string | null;
	content_type: string | null;
	size: number | null;
	created_at: string;
	/** 'public' (anyone, in the public toolkit) or 'signed-in' (the institution's signed-in users). */
	visibility: Generated<string>;
}

/** A colleague the maker of a scan or survey lets change it (migration 0019); exactly one of the object ids is set. */
export interface ObjectEditorTable {
	institution_id: string;
	user_id: string;
	scan_id: string | null;
	survey_id: string | null;
	/** Who added the colleague; null once that account is removed. */
	added_by: string | null;
	added_at: string;
}

/** A colleague who keeps one of the institution's catalogues (migration 0024, decision record 0053). */
export interface CatalogueKeeperTable {
	institution_id: string;
	/** 'tools' or 'rooms' (`CATALOGUES`). */
	catalogue: string;
	user_id: string;
	/** Who named them; null once that account is removed. */
	added_by: string | null;
	added_at: string;
}

/** The blend designer (migration 0022, decision record 0051). */
export interface CourseDesignTable {
	id: string;
	institution_id: string;
	unit_id: string | null;
	title: string;
	period: ColumnType<string, string | undefined, string>;
	study_load_unit: string;
	study_load_amount: number;
	weeks: number;
	read_token_hash: ColumnType<string | null, string | null | undefined, string | null>;
	revision: ColumnType<number, number | undefined, number>;
	created_by: string;
	created_at: string;
	updated_at: string;
}

export interface DesignOutcomeTable {
	id: string;
	design_id: string;
	position: number;
	text: string;
}

export interface DesignActivityTable {
	id: string;
	design_id: string;
	position: number;
	title: string;
	outcome_ids: string;
	environment: string;
	synchrony: string;
	grouping: string;
	learning_type: string;
	weeks: string;
	hours: number;
	teacher_role: string;
	notes: string;
	revision: ColumnType<number, number | undefined, number>;
	updated_at: string;
}

/** An open stream of a design: who has it open (decision record 0051). */
export interface DesignPresenceTable {
	id: string;
	design_id: string;
	user_id: string;
	connected_at: string;
}

/** An institution's own hint rules (replacing the defaults) or own principles (added to them), as JSON. */
export interface BlendContentTable {
	institution_id: string;
	kind: 'hint-rules' | 'principles';
	document: string;
	updated_at: string;
}

export interface DesignPrincipleAnswerTable {
	design_id: string;
	principle_key: string;
	text: string;
	revision: ColumnType<number, number | undefined, number>;
	updated_at: string;
}

/** A digital tool in the institution's catalogue (migration 0025, decision record 0054); choices as their codes. */
export interface ToolTable {
	id: string;
	institution_id: string;
	name: string;
	/** The name without case or extra spaces: one tool per name in a catalogue. */
	name_key: string;
	url: string;
	description: string;
	/** Learning type codes, `|`-separated. */
	learning_types: string;
	synchrony: string;
	group_min: number | null;
	group_max: number | null;
	/** 0 or 1. */
	works_on_phone: number;
	licence: string;
	availability: string;
	privacy: string;
	accessibility: string;
	accessibility_url: string;
	contact_name: string;
	contact_email: string;
	notes: string;
	created_at: string;
	updated_at: string;
}

/** A room of the inventory (migration 0026, decision record 0055); lists as ids joined by `|`. */
export interface RoomTable {
	id: string;
	institution_id: string;
	building: string;
	name: string;
	/** Building and name without case or outer spaces: what an import matches on (`roomKey`). */
	room_key: string;
	floor: string;
	capacity: number;
	layouts: string;
	furniture: string;
	technology: string;
	accessibility: string;
	/** 0 or 1. */
	bookable: number;
	notes: string;
	created_at: string;
	updated_at: string;
}

/** A photo of a room; its bytes are in DATA_DIR/attachments/<institution>/<id>. */
export interface RoomPhotoTable {
	id: string;
	institution_id: string;
	room_id: string;
	caption: string;
	content_type: string;
	size: number;
	created_at: string;
}

/** The audit trail (decision record 0044): ids and field names only, never what was written. */
export interface AuditEventTable {
	/** Assigned by the database, increasing; PostgreSQL's bigint arrives as a string. */
	id: ColumnType<number | string, never, never>;
	institution_id: string;
	at: string;
	/** Null: nobody signed in (housekeeping, a first sign-in). No foreign key: the trail outlives the user. */
	actor_user_id: string | null;
	/** 'create', 'update' or 'delete'. */
	action: string;
	object_kind: string;
	object_id: string;
	/** Names of the changed fields, comma-separated; '' when none are named. */
	fields: string;
	/** 'page', 'api', 'import' or 'system'. */
	via: string;
}

/** A person who signed in by single sign-on for the first time, waiting for an administrator. */
export interface SsoRequestTable {
	id: string;
	institution_id: string;
	oidc_issuer: string;
	oidc_subject: string;
	email: string;
	name: string;
	created_at: string;
	/** Set when an administrator rejected the request; the person then sees so when signing in. */
	rejected_at: ColumnType<string | null, string | null | undefined, string | null>;
}

/** A single sign-on under way: what the answer from the provider is checked against (no tokens). */
export interface SsoLoginTable {
	/** SHA-256 of the `state` sent to the provider. */
	id: string;
	/** SHA-256 of the random value in the browser's short-lived cookie: the answer must come back to the browser that started. */
	binding_hash: string;
	code_verifier: string;
	nonce: string;
	/** Where to go after signing in (a same-site path). */
	next: string;
	/** 'setup' when the first administrator sets Blendwijzer up by single sign-on, else 'sign-in'. */
	purpose: string;
	created_at: string;
	expires_at: string;
}

/** A person's rating of a tool or room (decision record 0052): one per subject and rater. */
export interface RatingTable {
	id: string;
	institution_id: string;
	/** 'tool' or 'room'. */
	subject_kind: string;
	/** The tool's or room's id; no foreign key (two tables), removed with the subject by `removeRatingsOf`. */
	subject_id: string;
	rater_id: string;
	instrument_key: string;
	instrument_version: number;
	created_at: string;
	updated_at: string;
}

/** One criterion of a rating: a level 1–3 or null (not scored / not applicable), and a note. */
export interface RatingScoreTable {
	rating_id: string;
	criterion_key: string;
	level: number | null;
	note: ColumnType<string, string | undefined, string>;
}

export interface Database {
	institution: InstitutionTable;
	unit: UnitTable;
	app_user: UserTable;
	course_design: CourseDesignTable;
	design_outcome: DesignOutcomeTable;
	design_activity: DesignActivityTable;
	design_principle_answer: DesignPrincipleAnswerTable;
	blend_content: BlendContentTable;
	design_presence: DesignPresenceTable;
	tool: ToolTable;
	rating: RatingTable;
	rating_score: RatingScoreTable;
	session: SessionTable;
	invite: InviteTable;
	scan: ScanTable;
	scan_answer: ScanAnswerTable;
	action_plan: ActionPlanTable;
	plan_priority: PlanPriorityTable;
	action_point: ActionPointTable;
	action_point_factor: ActionPointFactorTable;
	app_setting: AppSettingTable;
	event: EventTable;
	workshop: WorkshopTable;
	participant: ParticipantTable;
	participant_score: ParticipantScoreTable;
	group_sheet: GroupSheetTable;
	sheet_edit: SheetEditTable;
	reflection: ReflectionTable;
	taken_sheet_point: TakenSheetPointTable;
	workshop_own_answer: WorkshopOwnAnswerTable;
	survey: SurveyTable;
	survey_response: SurveyResponseTable;
	survey_answer: SurveyAnswerTable;
	survey_draft: SurveyDraftTable;
	survey_answer_tally: SurveyAnswerTallyTable;
	survey_respondent_tally: SurveyRespondentTallyTable;
	api_token: ApiTokenTable;
	instrument_version: InstrumentVersionTable;
	instrument_draft: InstrumentDraftTable;
	content_override: ContentOverrideTable;
	product_attachment: ProductAttachmentTable;
	audit_event: AuditEventTable;
	sso_request: SsoRequestTable;
	sso_login: SsoLoginTable;
	object_editor: ObjectEditorTable;
	room: RoomTable;
	room_photo: RoomPhotoTable;
	catalogue_keeper: CatalogueKeeperTable;
}

export type { Generated };
