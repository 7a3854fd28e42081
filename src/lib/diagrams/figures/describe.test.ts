// Tests the figures in words: the legend's letters, the ledger's table and the description, on figures made up here.
import { describe, expect, it } from 'vitest';
import type { Figure, Source } from '$lib/content/schema';
import { describeFigures, ledgerTable, sourceLetter } from './describe';
import { rowScale } from './layout';

const source = (id: string, label: string) => ({ id, label }) as Source;
const sources = [source('article-a', 'Article A'), source('article-b', 'Article B'), source('article-d', 'Article D')];
const killed: Figure = {
	id: 'killed-7-october',
	label: 'Killed on 7 October',
	unit: 'people',
	values: [
		{ value: 1200, display: '1,200 Israelis dead', source: 'article-a' },
		{ value: 1219, source: 'article-b' },
		{ value: 1139, display: '1,139 people', source: 'article-d' }
	],
	note: 'Three tallies.',
	caveat: 'A later report gives 1,221.'
};

describe('sourceLetter', () => {
	const cases = [
		{ input: 'Article C', expected: 'C' },
		{ input: ' Article  D ', expected: 'D' }
	];
	it.each(cases)('$input', ({ input, expected }) => expect(sourceLetter(source('x', input))).toBe(expected));
});

describe('ledgerTable', () => {
	it('gives one cell per source, as the article puts it (or the plain number), and the note with its caveat', () => {
		expect(ledgerTable([killed], sources)).toEqual([
			{
				id: 'killed-7-october',
				figure: 'Killed on 7 October',
				values: ['1,200 Israelis dead', '1,219', '1,139 people', ''], // the last cell is the plan's text, silent here
				note: 'Three tallies. A later report gives 1,221.'
			}
		]);
	});
});

describe('describeFigures', () => {
	it('says what is drawn, on which axis, and what the phase highlights', () => {
		const row = {
			figures: [killed.id],
			scale: rowScale(
				killed.values.map((v) => v.value),
				killed.unit
			)
		};
		const text = describeFigures({ [killed.id]: killed }, [row], sources, [killed.id]);
		expect(text).toContain('1 of the articles’ figures are drawn');
		expect(text).toContain('Killed on 7 October: A 1,200, B 1,219, D 1,139 (zoomed axis 1,100 to 1,250).');
		expect(text).toContain('Highlighted in this phase: Killed on 7 October.');
	});
});
