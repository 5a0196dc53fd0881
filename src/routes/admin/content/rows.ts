/**
 * Editable lists (route steps, a factor's products) as plain form rows: `row3.product`,
 * `row3.position`, `row3.heading.nl`, … One row per existing entry plus one empty row to add.
 * Rows whose product is left at "none" are dropped; the rest are ordered by position (ties keep
 * the page order), so reordering works without JavaScript.
 */
export function rowFieldNames(rows: number, fields: readonly string[]): string[] {
	return Array.from({ length: rows }, (_, i) => fields.map((field) => `row${i}.${field}`)).flat();
}

export interface ReadRow {
	/** 1-based, as the page numbers rows. */
	n: number;
	get: (field: string) => string;
	position: number | null;
}

/** The filled rows in their new order, or the numbers of rows whose position is not a whole number. */
export function readRows(rows: number, one: (name: string) => string): { rows: ReadRow[]; badPositions: number[] } {
	const filled: ReadRow[] = [];
	const badPositions: number[] = [];
	for (let i = 0; i < rows; i++) {
		const get = (field: string) => one(`row${i}.${field}`);
		if (get('product') === '') continue;
		const raw = get('position').trim();
		const position = raw === '' ? null : /^-?[0-9]{1,6}$/.test(raw) ? Number(raw) : NaN;
		if (Number.isNaN(position)) badPositions.push(i + 1);
		filled.push({ n: i + 1, get, position });
	}
	const order = (row: ReadRow) => row.position ?? Number.MAX_SAFE_INTEGER;
	return { rows: filled.map((row, index) => ({ row, index })).sort((a, b) => order(a.row) - order(b.row) || a.index - b.index).map(({ row }) => row), badPositions };
}
