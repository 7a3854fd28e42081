import { describe, expect, it } from 'vitest';
import type { Point } from '$lib/content/types';
import { filterFromSearch, filterPoints, searchFromFilter } from './filter';

const point = (number: number, theme: string, phases: string[]): Point => ({
	number,
	title: `P${number}`,
	summary: '',
	theme,
	phases,
	keyFigures: []
});
const points = [
	point(1, 'vision', ['horizon']),
	point(3, 'ceasefire', ['ceasefire', 'line']),
	point(9, 'governance', ['board'])
];

describe('filterPoints', () => {
	const cases = [
		{ filter: { theme: null, phase: null }, numbers: [1, 3, 9] },
		{ filter: { theme: 'ceasefire', phase: null }, numbers: [3] },
		{ filter: { theme: null, phase: 'line' }, numbers: [3] }, // point 3 belongs to two phases
		{ filter: { theme: 'vision', phase: 'line' }, numbers: [] }
	];
	it.each(cases)('%o', ({ filter, numbers }) =>
		expect(filterPoints(points, filter).map((p) => p.number)).toEqual(numbers)
	);
});

describe('filterFromSearch', () => {
	const themes = ['vision', 'ceasefire'];
	const phases = ['line'];
	const cases = [
		{ search: '?theme=vision&phase=line', expected: { theme: 'vision', phase: 'line' } },
		{ search: '?theme=<script>', expected: { theme: null, phase: null } }, // unknown: show all
		{ search: '?phase=', expected: { theme: null, phase: null } },
		{ search: '', expected: { theme: null, phase: null } }
	];
	it.each(cases)('$search', ({ search, expected }) =>
		expect(filterFromSearch(new URLSearchParams(search), themes, phases)).toEqual(expected)
	);
	it('round-trips through the URL', () => {
		expect(searchFromFilter({ theme: 'vision', phase: null })).toBe('?theme=vision');
		expect(searchFromFilter({ theme: null, phase: null })).toBe('');
	});
});
