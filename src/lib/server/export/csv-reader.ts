/** For tests that read an export back: the unit tests of the CSV renderer and the browser tests that download it. */

/** Reads semicolon-separated CSV in which every field is quoted (as planToCsv writes it). */
export function parseCsv(text: string): string[][] {
	const records: string[][] = [];
	const field = /"((?:[^"]|"")*)"(;|\r\n)/y;
	let record: string[] = [];
	let index = 0;
	while (index < text.length) {
		field.lastIndex = index;
		const match = field.exec(text);
		if (!match) throw new Error(`unquoted or unterminated field at ${index}: ${text.slice(index, index + 30)}`);
		record.push(match[1]!.replace(/""/g, '"'));
		if (match[2] === '\r\n') {
			records.push(record);
			record = [];
		}
		index = field.lastIndex;
	}
	return records;
}
