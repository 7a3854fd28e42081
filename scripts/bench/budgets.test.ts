import { describe, expect, it } from 'vitest';
import { checkBudgets, ratio, stats } from './budgets.mjs';

describe('stats', () => {
	const tests = [
		{ values: [3, 1, 2], expected: { median: 2, min: 1, max: 3, n: 3 } },
		{ values: [1200, 900, 1000, 1100], expected: { median: 1050, min: 900, max: 1200, n: 4 } },
		{ values: [0.07, null, 0.05], expected: { median: 0.06, min: 0.05, max: 0.07, n: 2 } },
		{ values: [], expected: null },
		{ values: [null], expected: null }
	];
	it.each(tests)('$values', ({ values, expected }) => {
		const result = stats(values);
		if (expected === null) return expect(result).toBeNull();
		expect(result).toMatchObject({ min: expected.min, max: expected.max, n: expected.n });
		expect(result!.median).toBeCloseTo(expected.median, 10);
	});
});

describe('ratio', () => {
	const tests = [
		{ ours: 720, theirs: 1750, expected: '0.41×' },
		{ ours: 130, theirs: 65, expected: '2.00×' },
		{ ours: 0, theirs: 0.07, expected: '0.00×' },
		{ ours: 0, theirs: 0, expected: '—' },
		{ ours: 10, theirs: 0, expected: '∞×' },
		{ ours: null, theirs: 10, expected: '—' }
	];
	it.each(tests)('$ours over $theirs is $expected', ({ ours, theirs, expected }) =>
		expect(ratio(ours, theirs)).toBe(expected)
	);
});

describe('checkBudgets', () => {
	const medians = (values: Record<string, number>) =>
		Object.fromEntries(Object.entries(values).map(([k, v]) => [k, { median: v }]));
	const perfect = { performance: 100, accessibility: 100, 'best-practices': 100, seo: 100, LCP: 1100, TBT: 20, CLS: 0 };

	it('passes a stepper page inside every budget, with TimelineJS measured at 66,560 bytes', () => {
		const checks = checkBudgets({ kind: 'stepper', mobile: medians(perfect), jsGzip: 60 * 1024 }, 65 * 1024);
		expect(checks.map((c) => c.met)).toEqual([true, true, true, true, true, true, true, true]);
		expect(checks.at(-1)).toEqual({ name: 'JS ≤ TimelineJS (65.0 KB gzip)', met: true, value: '60.0 KB' });
	});

	it('names each miss with its figure', () => {
		const checks = checkBudgets(
			{ kind: 'stepper', mobile: medians({ ...perfect, seo: 92, LCP: 2300, TBT: 50, CLS: 0.07 }), jsGzip: 86 * 1024 },
			65 * 1024
		);
		const missed = checks.filter((c) => c.met === false).map((c) => `${c.name}: ${c.value}`);
		expect(missed).toEqual([
			'Lighthouse mobile seo 100: 92',
			'LCP ≤ 1.2 s (mobile): 2.30 s',
			'TBT < 50 ms (mobile): 50 ms',
			'CLS 0 (mobile): 0.070',
			'JS ≤ TimelineJS (65.0 KB gzip): 86.0 KB'
		]);
	});

	it(
		'holds an embed to half of TimelineJS, and falls back to the nominal 65 KB ' + 'when TimelineJS was not measured',
		() => {
			const [js] = checkBudgets({ kind: 'embed', mobile: medians(perfect), jsGzip: 33 * 1024 }, null).slice(-1);
			expect(js).toEqual({ name: 'JS ≤ half of TimelineJS (32.5 KB gzip)', met: false, value: '33.0 KB' });
		}
	);

	it('gives the deck no JavaScript budget, and marks a figure that was not measured', () => {
		const checks = checkBudgets({ kind: 'deck', mobile: medians({ ...perfect }), jsGzip: 100 * 1024 }, 65 * 1024);
		expect(checks.some((c) => c.name.startsWith('JS'))).toBe(false);
		const unmeasured = checkBudgets({ kind: 'deck', mobile: {}, jsGzip: null }, null);
		expect(unmeasured.every((c) => c.met === null && c.value === 'not measured')).toBe(true);
	});
});
