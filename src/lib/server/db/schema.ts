/**
 * Table types for Kysely. The same schema runs on SQLite and PostgreSQL, so columns use types
 * both share: text ids (UUIDs), ISO-8601 text timestamps, integers for phases and 0/1 flags.
 */
import type { ColumnType, Generated } from 'kysely';

export interface InstitutionTable {
	id: string;
	name: string;
	created_at: string;
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
	password_hash: string;
	role: string;
	created_at: string;
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

export interface Database {
	institution: InstitutionTable;
	unit: UnitTable;
	app_user: UserTable;
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
}

export type { Generated };
