/**
 * Migrations in code, applied on start (and by every test database). Add a new entry for every
 * change; never edit one that has shipped.
 *
 * The list is a function of the dialect because a few columns cannot be written portably (a
 * database-assigned increasing id is `integer primary key autoincrement` on SQLite and
 * `bigint generated always as identity` on PostgreSQL); the migration names stay the same on both.
 */
import { sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import type { Dialect } from './connect';
import { workshops } from './migrations/0003-workshops';
import { singleSignOn } from './migrations/0018-single-sign-on';
import { answerOrder } from './migrations/0004-answer-order';
import { workshopOwnAnswers } from './migrations/0016-workshop-own-answers';
import { institutionScans } from './migrations/0005-institution-scans';
import { institutionContent } from './migrations/0006-institution-content';
import { housekeepingIndexes } from './migrations/0007-housekeeping-indexes';
import { successCriterion } from './migrations/0008-success-criterion';
import { workshopPlanGroups } from './migrations/0009-workshop-plan-groups';
import { retention } from './migrations/0010-retention';
import { takenSheetPoints } from './migrations/0011-taken-sheet-points';
import { surveyTextsInEnglish } from './migrations/0013-survey-texts-in-english';
import { inviteLabel } from './migrations/0014-invite-label';
import { publicAttachments } from './migrations/0015-public-attachments';
import { userSignIn } from './migrations/0017-user-sign-in';
import { auditTrail } from './migrations/0020-audit-trail';
import { objectEditors } from './migrations/0019-object-editors';
import { surveyTallies } from './migrations/0021-survey-tallies';
import { courseDesigns } from './migrations/0022-course-designs';
import { ratings } from './migrations/0023-ratings';
import { tools } from './migrations/0025-tools';
import { rooms } from './migrations/0026-rooms';
import { catalogueKeepers } from './migrations/0024-catalogue-keepers';

const text = 'text' as const;

const foundation: Record<string, Migration> = {
	'0001_foundation': {
		async up(db: Kysely<unknown>) {
			await db.schema
				.createTable('institution')
				.addColumn('id', text, (c) => c.primaryKey())
				.addColumn('name', text, (c) => c.notNull())
				.addColumn('created_at', text, (c) => c.notNull())
				.execute();

			await db.schema
				.createTable('unit')
				.addColumn('id', text, (c) => c.primaryKey())
				.addColumn('institution_id', text, (c) => c.notNull().references('institution.id').onDelete('cascade'))
				.addColumn('name', text, (c) => c.notNull())
				.addColumn('kind', text, (c) => c.notNull().check(sql`kind in ('sector', 'programme')`))
				.addColumn('created_at', text, (c) => c.notNull())
				.addUniqueConstraint('unit_name_unique', ['institution_id', 'name'])
				.execute();

			await db.schema
				.createTable('app_user')
				.addColumn('id', text, (c) => c.primaryKey())
				.addColumn('institution_id', text, (c) => c.notNull().references('institution.id').onDelete('cascade'))
				.addColumn('email', text, (c) => c.notNull().unique())
				.addColumn('name', text, (c) => c.notNull())
				.addColumn('password_hash', text, (c) => c.notNull())
				.addColumn('role', text, (c) => c.notNull().check(sql`role in ('admin', 'facilitator')`))
				.addColumn('created_at', text, (c) => c.notNull())
				.execute();

			await db.schema
				.createTable('session')
				.addColumn('id', text, (c) => c.primaryKey())
				.addColumn('user_id', text, (c) => c.notNull().references('app_user.id').onDelete('cascade'))
				.addColumn('created_at', text, (c) => c.notNull())
				.addColumn('expires_at', text, (c) => c.notNull())
				.execute();
			await db.schema.createIndex('session_user').on('session').column('user_id').execute();

			await db.schema
				.createTable('invite')
				.addColumn('id', text, (c) => c.primaryKey())
				.addColumn('institution_id', text, (c) => c.notNull().references('institution.id').onDelete('cascade'))
				.addColumn('token_hash', text, (c) => c.notNull().unique())
				.addColumn('role', text, (c) => c.notNull().check(sql`role in ('admin', 'facilitator')`))
				.addColumn('created_by', text, (c) => c.notNull().references('app_user.id').onDelete('cascade'))
				.addColumn('created_at', text, (c) => c.notNull())
				.addColumn('expires_at', text, (c) => c.notNull())
				.addColumn('used_at', text)
				.execute();

			await db.schema
				.createTable('action_plan')
				.addColumn('id', text, (c) => c.primaryKey())
				.addColumn('institution_id', text, (c) => c.notNull().references('institution.id').onDelete('cascade'))
				.addColumn('instrument_key', text, (c) => c.notNull())
				.addColumn('instrument_version', 'integer', (c) => c.notNull())
				.addColumn('created_at', text, (c) => c.notNull())
				.execute();

			await db.schema
				.createTable('scan')
				.addColumn('id', text, (c) => c.primaryKey())
				.addColumn('institution_id', text, (c) => c.notNull().references('institution.id').onDelete('cascade'))
				.addColumn('unit_id', text, (c) => c.references('unit.id').onDelete('restrict'))
				.addColumn('level', text, (c) => c.notNull().check(sql`level in ('institution', 'sector', 'programme')`))
				.addColumn('title', text, (c) => c.notNull())
				.addColumn('instrument_key', text, (c) => c.notNull())
				.addColumn('instrument_version', 'integer', (c) => c.notNull())
				.addColumn('action_plan_id', text, (c) => c.notNull().unique().references('action_plan.id'))
				.addColumn('created_by', text, (c) => c.notNull().references('app_user.id'))
				.addColumn('created_at', text, (c) => c.notNull())
				.addColumn('updated_at', text, (c) => c.notNull())
				.execute();
			await db.schema.createIndex('scan_institution').on('scan').column('institution_id').execute();

			await db.schema
				.createTable('scan_answer')
				.addColumn('scan_id', text, (c) => c.notNull().references('scan.id').onDelete('cascade'))
				.addColumn('factor_key', text, (c) => c.notNull())
				.addColumn('current_phase', 'integer', (c) => c.check(sql`current_phase between 1 and 3`))
				.addColumn('current_unknown', 'integer', (c) => c.notNull().defaultTo(0).check(sql`current_unknown in (0, 1)`))
				.addColumn('desired_phase', 'integer', (c) => c.check(sql`desired_phase between 1 and 3`))
				.addColumn('desired_unknown', 'integer', (c) => c.notNull().defaultTo(0).check(sql`desired_unknown in (0, 1)`))
				.addColumn('needed', text, (c) => c.notNull().defaultTo(''))
				.addColumn('updated_at', text, (c) => c.notNull())
				.addPrimaryKeyConstraint('scan_answer_pk', ['scan_id', 'factor_key'])
				.execute();

			await db.schema
				.createTable('plan_priority')
				.addColumn('action_plan_id', text, (c) => c.notNull().references('action_plan.id').onDelete('cascade'))
				.addColumn('category_key', text, (c) => c.notNull())
				.addColumn('factor_key', text, (c) => c.notNull())
				.addColumn('reason', text, (c) => c.notNull().defaultTo(''))
				.addColumn('updated_at', text, (c) => c.notNull())
				.addPrimaryKeyConstraint('plan_priority_pk', ['action_plan_id', 'category_key'])
				.execute();

			await db.schema
				.createTable('action_point')
				.addColumn('id', text, (c) => c.primaryKey())
				.addColumn('action_plan_id', text, (c) => c.notNull().references('action_plan.id').onDelete('cascade'))
				.addColumn('category_key', text, (c) => c.notNull())
				.addColumn('text', text, (c) => c.notNull())
				.addColumn('owner', text, (c) => c.notNull().defaultTo(''))
				.addColumn('due_date', text)
				.addColumn('status', text, (c) =>
					c.notNull().check(sql`status in ('open', 'in_progress', 'done', 'dropped')`)
				)
				.addColumn('position', 'integer', (c) => c.notNull())
				.addColumn('created_at', text, (c) => c.notNull())
				.addColumn('updated_at', text, (c) => c.notNull())
				.execute();
			await db.schema.createIndex('action_point_plan').on('action_point').column('action_plan_id').execute();

			await db.schema
				.createTable('action_point_factor')
				.addColumn('action_point_id', text, (c) => c.notNull().references('action_point.id').onDelete('cascade'))
				.addColumn('factor_key', text, (c) => c.notNull())
				.addPrimaryKeyConstraint('action_point_factor_pk', ['action_point_id', 'factor_key'])
				.execute();

			await db.schema
				.createTable('app_setting')
				.addColumn('key', text, (c) => c.primaryKey())
				.addColumn('value', text, (c) => c.notNull())
				.execute();
		}
	}
};

/** Live-view events (src/lib/server/events): the id orders a channel's events and is a stream's `Last-Event-ID`. */
function events(dialect: Dialect): Migration {
	return {
		async up(db: Kysely<unknown>) {
			await db.schema
				.createTable('event')
				.$call((table) =>
					dialect === 'postgres'
						? table.addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
						: // AUTOINCREMENT: never reuse an id, even after the newest rows are deleted.
							table.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
				)
				.addColumn('channel', text, (c) => c.notNull())
				.addColumn('type', text, (c) => c.notNull())
				.addColumn('data', text, (c) => c.notNull())
				.addColumn('created_at', text, (c) => c.notNull())
				.execute();
			await db.schema.createIndex('event_channel_id').on('event').columns(['channel', 'id']).execute();
		}
	};
}

export function migrationsFor(dialect: Dialect): Record<string, Migration> {
	return { ...foundation, '0002_events': events(dialect), '0003_workshops': workshops(dialect), '0004_answer_order': answerOrder, '0005_institution_scans': institutionScans(dialect), '0006_institution_content': institutionContent, '0007_housekeeping_indexes': housekeepingIndexes, '0008_success_criterion': successCriterion, '0009_workshop_plan_groups': workshopPlanGroups, '0010_retention': retention, '0011_taken_sheet_points': takenSheetPoints, '0013_survey_texts_in_english': surveyTextsInEnglish, '0014_invite_label': inviteLabel, '0015_public_attachments': publicAttachments, '0016_workshop_own_answers': workshopOwnAnswers, '0017_user_sign_in': userSignIn, '0018_single_sign_on': singleSignOn, '0019_object_editors': objectEditors, '0020_audit_trail': auditTrail(dialect), '0021_survey_tallies': surveyTallies, '0022_course_designs': courseDesigns, '0023_ratings': ratings, '0024_catalogue_keepers': catalogueKeepers, '0025_tools': tools, '0026_rooms': rooms };
}

export function migrationProviderFor(dialect: Dialect): MigrationProvider {
	return {
		async getMigrations() {
			return migrationsFor(dialect);
		}
	};
}
