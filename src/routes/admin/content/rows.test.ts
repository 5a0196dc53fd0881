import { describe, expect, it } from 'vitest';
import { readRows, rowFieldNames } from './rows';

const form = (fields: Record<string, string>) => (name: string) => fields[name] ?? '';

describe('editable rows', () => {
	it('names every field of every row', () => {
		expect(rowFieldNames(2, ['product', 'position'])).toEqual(['row0.product', 'row0.position', 'row1.product', 'row1.position']);
	});

	it('drops rows without a product and orders the rest by position, ties and blanks in page order', () => {
		const { rows, badPositions } = readRows(
			5,
			form({
				'row0.product': 'a', 'row0.position': '2',
				'row1.product': 'b', 'row1.position': '1',
				'row2.product': '', 'row2.position': '0',
				'row3.product': 'd', 'row3.position': '',
				'row4.product': 'e', 'row4.position': '2'
			})
		);
		expect(rows.map((row) => row.get('product'))).toEqual(['b', 'a', 'e', 'd']);
		expect(badPositions).toEqual([]);
	});

	it('names the rows whose position is not a whole number', () => {
		expect(readRows(2, form({ 'row0.product': 'a', 'row0.position': 'twee', 'row1.product': 'b', 'row1.position': '1.5' })).badPositions).toEqual([1, 2]);
	});
});
