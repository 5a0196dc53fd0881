/**
 * The tool catalogue's server side: who may read and change it, and every write with its audit
 * entry in one transaction. Everyone signed in reads the institution's catalogue; only its keepers
 * (admins and the named keepers of 'tools', `$lib/catalogue`) add, change, import and delete.
 * A deleted tool takes its rubric scores with it, in the same transaction.
 */
import type { Kysely } from 'kysely';
import type { Database } from '$lib/server/db/schema';
import type { User } from '$lib/accounts/server/data/users';
import { inTransaction } from '$lib/server/db/transaction';
import { isUniqueViolation } from '$lib/server/db/unique';
import { notFound } from '$lib/server/http/errors';
import * as audit from '$lib/audit/server/data/audit';
import { requireKeeper } from '$lib/catalogue/server/keepers';
import { ratingsOf, ratingsOfKind, removeRatingsOf } from '$lib/rating/server/ratings';
import { summarize, type RatingSummary } from '$lib/rating/rating';
import { currentInstrumentFor } from '$lib/instrument/server/instruments';
import { TOOL_RUBRIC_KEY } from '$lib/instrument';
import type { Instrument } from '$lib/instrument/schema';
import { csvProblem, type CsvProblem } from '$lib/catalogue/csv';
import { messages, format, type Language } from '$lib/i18n';
import { checkTool, nameKey, type RawTool, type Tool, type ToolField, type ToolInput } from '../tool';
import { readToolCsv, rowTool, toolsCsv } from '../tool-csv';
import * as tools from './data/tools';

export async function listTools(db: Kysely<Database>, user: User): Promise<Tool[]> {
	return tools.list(db, user.institutionId);
}

/** A tool of the user's institution, or a 404: another institution's tool does not exist for them. */
export async function toolForUser(db: Kysely<Database>, user: User, id: string): Promise<Tool> {
	const tool = await tools.getInInstitution(db, user.institutionId, id);
	return tool ?? notFound();
}

/** The institution's rubric for tools: its own current version, else the shipped one. */
export function toolRubric(db: Kysely<Database>, institutionId: string): Promise<Instrument> {
	return currentInstrumentFor(db, institutionId, TOOL_RUBRIC_KEY);
}

/** Every tool's rubric summary on the current rubric (tools nobody scored have none). */
export async function rubricSummaries(db: Kysely<Database>, institutionId: string, rubric: Instrument): Promise<Map<string, RatingSummary>> {
	const byTool = await ratingsOfKind(db, institutionId, 'tool');
	return new Map([...byTool].map(([id, ratings]) => [id, summarize(rubric, ratings)]));
}

export async function ratingsOfTool(db: Kysely<Database>, institutionId: string, toolId: string) {
	return ratingsOf(db, institutionId, 'tool', toolId);
}

/** The audit's names of the fields that differ (the table's column names). */
function changedColumns(before: ToolInput, after: ToolInput): string[] {
	const a = tools.columnsOf(before);
	const b = tools.columnsOf(after);
	return (Object.keys(b) as (keyof typeof b)[]).filter((k) => k !== 'name_key' && a[k] !== b[k]);
}

export type SaveResult = { ok: true; id: string } | { ok: false; errors: Partial<Record<ToolField | 'form', string>> };

/**
 * Adds a tool (`id` null) or changes one, for a keeper: checked field by field, refused when
 * another tool of the catalogue has the name. Nothing is stored unless all is right.
 */
export async function saveTool(db: Kysely<Database>, user: User, id: string | null, raw: RawTool, language: Language): Promise<SaveResult> {
	await requireKeeper(db, user, 'tools', language);
	const m = messages(language).tools;
	const checked = checkTool(raw);
	if (!checked.ok) {
		return { ok: false, errors: Object.fromEntries(Object.entries(checked.problems).map(([field, problem]) => [field, m.problems[problem]])) };
	}
	const input = checked.value;
	// Two keepers saving the same new name at once both find it free; the unique index refuses the second.
	return inTransaction(db, async (trx): Promise<SaveResult> => {
		const before = id === null ? undefined : await tools.getInInstitution(trx, user.institutionId, id);
		if (id !== null && !before) notFound();
		const holder = (await tools.idsByNameKey(trx, user.institutionId)).get(nameKey(input.name));
		if (holder !== undefined && holder !== id) return { ok: false, errors: { name: m.problems.duplicate_name } };
		if (before) {
			const fields = changedColumns(before, input);
			if (fields.length > 0) {
				await tools.update(trx, before.id, input);
				await audit.record(trx, { institutionId: user.institutionId, action: 'update', objectKind: 'tool', objectId: before.id, fields });
			}
			return { ok: true, id: before.id };
		}
		const created = await tools.insert(trx, user.institutionId, input);
		await audit.record(trx, { institutionId: user.institutionId, action: 'create', objectKind: 'tool', objectId: created });
		return { ok: true, id: created };
	}).catch((error: unknown): SaveResult => {
		if (isUniqueViolation(error)) return { ok: false, errors: { name: m.problems.duplicate_name } };
		throw error;
	});
}

/** Deletes a tool and its rubric scores, for a keeper. */
export async function deleteTool(db: Kysely<Database>, user: User, id: string, language: Language): Promise<Tool> {
	await requireKeeper(db, user, 'tools', language);
	return inTransaction(db, async (trx) => {
		const tool = await tools.getInInstitution(trx, user.institutionId, id);
		if (!tool) notFound();
		await removeRatingsOf(trx, user.institutionId, 'tool', id);
		await tools.remove(trx, user.institutionId, id);
		await audit.record(trx, { institutionId: user.institutionId, action: 'delete', objectKind: 'tool', objectId: id });
		return tool;
	});
}

export type ImportResult = { ok: true; created: number; updated: number } | { ok: false; problems: CsvProblem[] };

/**
 * Imports a CSV file for a keeper, all or nothing (decision record 0054): a row with an `id` of
 * the catalogue updates that tool; a row without one updates the tool with its name (without
 * case or extra spaces), or adds a tool. An id not in the catalogue, a name twice in the file, or
 * a row renaming a tool to another tool's name is a problem on its line. Tools not in the file
 * stay. A column the file leaves out keeps what the tool has. Each change is audited as coming
 * from an import.
 */
export async function importTools(db: Kysely<Database>, user: User, bytes: Uint8Array, language: Language): Promise<ImportResult> {
	await requireKeeper(db, user, 'tools', language);
	const m = messages(language).tools.csv;
	const read = readToolCsv(bytes, language);
	if (!read.ok) return read;
	return inTransaction(db, async (trx): Promise<ImportResult> => {
		const existing = new Map((await tools.list(trx, user.institutionId)).map((t) => [t.id, t]));
		const byName = new Map([...existing.values()].map((t) => [nameKey(t.name), t.id]));
		const problems: CsvProblem[] = [];
		const seen = new Map<string, number>();
		const plan: { id: string | null; tool: ToolInput }[] = [];
		const problem = (line: number, column: string, message: string) => problems.push(csvProblem(language, line, column, message));
		for (const row of read.rows) {
			const key = nameKey(row.raw.name ?? '');
			if (row.id && !existing.has(row.id)) {
				problem(row.line, 'id', m.unknownId);
				continue;
			}
			const holder = byName.get(key);
			// A name is taken until the file is in: a row renaming a tool to a name another tool
			// holds is refused, rather than depend on the order of the updates (a swap of two names
			// takes two imports).
			if (row.id && holder !== undefined && holder !== row.id) {
				problem(row.line, 'name', m.nameTaken);
				continue;
			}
			const target = row.id ?? holder ?? null;
			// One row per tool: the same name twice, or two rows reaching one tool (by id and by its old name).
			const earlier = seen.get(key) ?? (target ? seen.get(`id:${target}`) : undefined);
			if (earlier !== undefined) {
				problem(row.line, 'name', format(m.duplicateInFile, { line: earlier }));
				continue;
			}
			seen.set(key, row.line);
			if (target) seen.set(`id:${target}`, row.line);
			const made = rowTool(row, target ? existing.get(target) : undefined, language);
			if (made.ok) plan.push({ id: target, tool: made.tool });
			else problems.push(...made.problems);
		}
		if (problems.length > 0) return { ok: false, problems };
		let created = 0;
		let updated = 0;
		for (const step of plan) {
			if (step.id) {
				const fields = changedColumns(existing.get(step.id)!, step.tool);
				if (fields.length === 0) continue;
				await tools.update(trx, step.id, step.tool);
				await audit.record(trx, { institutionId: user.institutionId, action: 'update', objectKind: 'tool', objectId: step.id, fields, via: 'import' });
				updated++;
			} else {
				const id = await tools.insert(trx, user.institutionId, step.tool);
				await audit.record(trx, { institutionId: user.institutionId, action: 'create', objectKind: 'tool', objectId: id, via: 'import' });
				created++;
			}
		}
		return { ok: true, created, updated };
	}).catch((error: unknown): ImportResult => {
		// Another keeper gave a tool one of the file's names while it was read in: nothing is stored.
		if (isUniqueViolation(error)) return { ok: false, problems: [csvProblem(language, null, 'name', m.nameTaken)] };
		throw error;
	});
}

/** The user's institution's catalogue as CSV, in the list's order. */
export async function exportTools(db: Kysely<Database>, user: User): Promise<string> {
	return toolsCsv(await tools.list(db, user.institutionId));
}
