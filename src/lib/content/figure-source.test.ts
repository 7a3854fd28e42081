import { describe, expect, it } from 'vitest';
import { reportLabel, valueSourceLabel, type FigureValue } from './figure-source';
import type { Report, Source } from './types';

const sourceById = { 'article-a': { label: 'Article A' } as Source };
const report = (r: Partial<Report>): Report => ({
	id: 'r',
	outlet: 'AFP',
	url: 'https://x.test',
	language: 'en',
	weak: [],
	...r
});
const reportById = {
	icrc: report({ id: 'icrc', outlet: 'AFP', agency: 'AFP', readOn: 'Siasat Daily', date: '2026-01-30' }),
	cogat: report({ id: 'cogat', outlet: 'The Jerusalem Post', date: '2025-12', dateApproximate: true })
};

describe('valueSourceLabel', () => {
	const cases: { value: FigureValue; reports?: Record<string, Report>; expected: string }[] = [
		{ value: { value: 1200, source: 'article-a' }, expected: 'Article A' },
		{ value: { value: 15, planPoint: 5 }, expected: 'The plan, point 5' },
		{
			value: { value: 1808, reports: ['icrc'], by: 'ICRC' },
			reports: reportById,
			expected: 'ICRC (AFP, read on Siasat Daily, 2026-01-30)'
		},
		{
			value: { value: 600, upTo: 800, reports: ['cogat', 'icrc'], by: 'COGAT' },
			reports: reportById,
			expected: 'COGAT (The Jerusalem Post, ~2025-12; AFP, read on Siasat Daily, 2026-01-30)'
		},
		{ value: { value: 1808, reports: ['icrc'], by: 'ICRC' }, expected: 'ICRC' }
	];
	it.each(cases)('$expected', ({ value, reports, expected }) => {
		expect(valueSourceLabel(value, sourceById, reports)).toBe(expected);
	});
});

describe('reportLabel', () => {
	it('gives a span for a report dated only to a range of years', () => {
		expect(reportLabel(report({ outlet: 'Ynet', date: '2025', end: '2026' }))).toBe('Ynet, 2025–2026');
	});
	it('leaves the date out where the fact sheet gives none', () => {
		expect(reportLabel(report({ outlet: 'Dawn', dateNote: 'No date.' }))).toBe('Dawn');
	});
});
