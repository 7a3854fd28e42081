import { describe, expect, it } from 'vitest';
import type { Figure, Source } from '$lib/content/types';
import { describeExchange, exchangeCounts, exchangeTable } from './describe';

const fig = (id: string, values: { value: number; source: string; display?: string }[]): Figure => ({
	id,
	label: id,
	unit: 'people',
	values
});
const figures: Record<string, Figure> = Object.fromEntries(
	[
		fig('hostages-held', [
			{ value: 48, source: 'article-a', display: '48 Hamas-held hostages' },
			{ value: 48, source: 'article-c', display: '48 Israeli captives held by Hamas' }
		]),
		fig('hostages-alive', [
			{ value: 28, source: 'article-a', display: '20 thought to be dead (so 28 alive)' },
			{ value: 20, source: 'article-c', display: '20 believed to be alive' }
		]),
		fig('prisoners-life', [
			{ value: 250, source: 'article-b', display: '250 Palestinian prisoners with life sentences' }
		]),
		fig('detainees-gaza', [{ value: 1700, source: 'article-b', display: 'more than 1,700' }]),
		fig('prisoners-total', [{ value: 1950, source: 'article-a', display: '1,950 Palestinian prisoners' }]),
		fig('remains-ratio', [{ value: 15, source: 'article-b' }])
	].map((f) => [f.id, f])
);
const sources = Object.fromEntries(
	['a', 'b', 'c'].map((l) => [`article-${l}`, { id: `article-${l}`, label: `Article ${l.toUpperCase()}` } as Source])
);

describe('exchangeCounts', () => {
	it('reads the ledger, taking Article C’s reading of the 20 (believed alive)', () => {
		expect(exchangeCounts(figures)).toEqual({
			held: 48,
			alive: 20,
			prisonersLife: 250,
			detainees: 1700,
			remainsPerDeceased: 15
		});
	});
	it('fails loudly when a figure it draws is missing', () => {
		const { ['remains-ratio']: _, ...rest } = figures;
		expect(() => exchangeCounts(rest)).toThrow(/remains-ratio/);
	});
});

describe('exchangeTable', () => {
	// 48 − 20 = 28 deceased; 250 + 1,700 = 1,950; 28 × 15 = 420 remains.
	const cases = [
		{
			input: 'Hostages held in Gaza',
			expected: { count: 48, source: 'Article A: 48 Hamas-held hostages; Article C: 48 Israeli captives held by Hamas' }
		},
		{
			input: 'of whom believed alive',
			expected: {
				count: 20,
				source: 'Article C: 20 believed to be alive. Sources differ: Article A says 20 thought to be dead (so 28 alive)'
			}
		},
		{ input: 'of whom deceased', expected: { count: 28, source: '48 − 20' } },
		{ input: 'Detainees from Gaza', expected: { count: 1700, source: 'Article B: more than 1,700' } },
		{
			input: 'Prisoners and detainees in all',
			expected: { count: 1950, source: 'Article A: 1,950 Palestinian prisoners' }
		}
	];
	const rows = exchangeTable(figures, sources);
	it.each(cases)('$input', ({ input, expected }) =>
		expect(rows.find((r) => r.group === input)).toEqual({ group: input, ...expected })
	);
	it('credits the remains to the plan’s rule, not to an article', () => {
		const remains = rows.find((r) => r.group === 'Remains of deceased Gazans')!;
		expect(remains.count).toBe(420);
		expect(remains.source).toMatch(/^The plan’s rule \(point 5\).*28 × 15.*do not give this number/);
	});
});

describe('describeExchange', () => {
	const cases = [
		{ input: 'terms' as const, expected: 'nothing has been exchanged yet' },
		{ input: 'hostages-released' as const, expected: 'highlights the 20 hostages believed alive' },
		{ input: 'prisoners-released' as const, expected: 'highlights the 250 prisoners and 1,700 detainees' },
		{ input: 'remains' as const, expected: 'the 28 deceased hostages and the remains of 420 Gazans' }
	];
	it.each(cases)('$input', ({ input, expected }) => {
		const text = describeExchange(figures, input);
		expect(text).toContain('one square per person');
		expect(text).toContain('1,950 in all');
		expect(text).toContain(expected);
	});
});
