/**
 * Whether a database error is a unique index refusing a row. Checks in a transaction ("is this
 * name free?") cannot see a row another transaction is inserting at the same moment on
 * PostgreSQL; the unique index is what finally holds, and its refusal is the user's "already
 * taken", not a server error.
 */
export function isUniqueViolation(error: unknown): boolean {
	if (typeof error !== 'object' || error === null) return false;
	const code = (error as { code?: unknown }).code;
	// PostgreSQL: unique_violation; better-sqlite3: the extended result code.
	return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}
