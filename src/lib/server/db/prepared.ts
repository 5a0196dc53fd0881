/**
 * Queries that Kysely builds and compiles once, then runs again and again with new values
 * (decision record 0058). Building a query's object tree and compiling it to SQL is work Kysely
 * repeats on every call of the same query; on the paths every autosave and survey submission
 * takes, that was about a tenth of the server's busy time. A prepared query keeps the compiled SQL
 * text per dialect (so SQLite's statement cache finds its statement at once) and puts each call's
 * values in by position.
 *
 * The query is written with Kysely as usual; where a value goes, it names a parameter of `p`
 * instead. Only values may vary: a query whose shape depends on a value (`is null` or `= ?`)
 * is two queries, so write two. An insert of n rows at once is `preparedRows`: a query per n.
 * Each parameter is named (`p.id`): the parameters cannot be spread (`...p`) or listed.
 *
 * @example
 * const titleOf = prepared((db, p: { id: string }) => db.selectFrom('scan').select('title').where('id', '=', p.id));
 * const rows = (await titleOf(db, { id })).rows;
 */
import { createQueryId, type Compilable, type CompiledQuery, type Kysely, type QueryResult } from 'kysely';
import type { Database } from './schema';

/** Stands for a value while the query is compiled, and says where to find it in a call's values; never reaches a database. */
class Slot {
	constructor(
		readonly label: string,
		readonly pick: (values: never) => unknown
	) {}
}

interface Template {
	compiled: CompiledQuery;
	/** Per position in `parameters`: how to find a call's value, or undefined for a constant of the query. */
	slots: (Slot | undefined)[];
}

/** An object whose every property is a slot for `pick(values)[name]`. */
const slotsFor = <T extends object>(label: string, pick: (values: never) => Record<string, unknown>): T =>
	new Proxy({} as T, {
		get: (_, name) => new Slot(`${label}${String(name)}`, (values) => pick(values)[String(name)]),
		// The names are not known before the call: `{ ...p }` would silently give no columns at all.
		ownKeys: () => {
			throw new TypeError('a prepared query names each parameter (p.name); it cannot spread or list them');
		}
	});

function compileTemplate(query: Compilable<unknown>): Template {
	const compiled = query.compile();
	// A value Kysely wrote into the SQL text instead of passing it would be run with the slot's text.
	if (compiled.sql.includes('[object Object]')) throw new Error(`a prepared query took a parameter into its SQL text: ${compiled.sql}`);
	return { compiled, slots: compiled.parameters.map((value) => (value instanceof Slot ? value : undefined)) };
}

function run<O>(db: Kysely<Database>, { compiled, slots }: Template, values: unknown): Promise<QueryResult<O>> {
	const parameters = compiled.parameters.map((constant, i) => {
		const slot = slots[i];
		if (slot === undefined) return constant;
		const value = slot.pick(values as never);
		// Kysely leaves out a column whose value is undefined, which would change the query: say so instead.
		if (value === undefined) throw new TypeError(`prepared query: no value for ${slot.label}`);
		return value;
	});
	return db.executeQuery<O>({ ...compiled, parameters, queryId: createQueryId() });
}

/** One template per dialect (its adapter, shared by a Kysely and its transactions): SQLite and PostgreSQL write parameters differently. */
function perDialect(): (db: Kysely<Database>, make: () => Template) => Template {
	const templates = new WeakMap<object, Template>();
	return (db, make) => {
		const adapter = db.getExecutor().adapter;
		let template = templates.get(adapter);
		if (!template) templates.set(adapter, (template = make()));
		return template;
	};
}

export type PreparedQuery<P, O> = (db: Kysely<Database>, params: P) => Promise<QueryResult<O>>;

export function prepared<P extends Record<string, unknown>, O>(build: (db: Kysely<Database>, p: P) => Compilable<O>): PreparedQuery<P, O> {
	const template = perDialect();
	return async (db, params) =>
		run<O>(
			db,
			template(db, () => compileTemplate(build(db, slotsFor<P>('', (values: P) => values)))),
			params
		);
}

/**
 * An insert (or any query) of n rows at once, prepared once per n: `build` gets n row objects of
 * slots and the shared parameters `p`.
 *
 * @example
 * const insertNotes = preparedRows((db, rows: { text: string }[], p: { scanId: string }) =>
 *   db.insertInto('note').values(rows.map((r) => ({ scan_id: p.scanId, text: r.text }))));
 * await insertNotes(db, [{ text: 'a' }, { text: 'b' }], { scanId });
 */
export function preparedRows<R extends Record<string, unknown>, P extends Record<string, unknown>, O>(
	build: (db: Kysely<Database>, rows: R[], p: P) => Compilable<O>
): (db: Kysely<Database>, rows: readonly R[], params: P) => Promise<QueryResult<O>> {
	const byCount = new Map<number, ReturnType<typeof perDialect>>();
	return async (db, rows, params) => {
		let template = byCount.get(rows.length);
		if (!template) byCount.set(rows.length, (template = perDialect()));
		const make = () => {
			const rowSlots = rows.map((_, i) => slotsFor<R>(`row ${i} `, (values: { rows: R[] }) => values.rows[i]!));
			return compileTemplate(build(db, rowSlots, slotsFor<P>('', (values: { params: P }) => values.params)));
		};
		return run<O>(db, template(db, make), { rows, params });
	};
}
