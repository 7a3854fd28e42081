// Tests the timeline's filter: which events it keeps, and reading it from a URL without trusting the URL.
import { describe, expect, it } from 'vitest';
import {
	countText,
	everyEvent,
	filterFromSearch,
	matchesFilter,
	searchFromFilter,
	type TimelineFilter
} from './filter';

const choices = {
	tracks: ['diplomacy-governance', 'aid-crossings'] as const,
	points: [1, 7, 16],
	phases: ['exchange', 'yellow-line']
};
const aid = { track: 'aid-crossings' as const, points: [7], phases: ['exchange'] };

describe('matchesFilter', () => {
	const cases: { filter: TimelineFilter; expected: boolean }[] = [
		{ filter: everyEvent, expected: true },
		{ filter: { ...everyEvent, track: 'aid-crossings' }, expected: true },
		{ filter: { ...everyEvent, track: 'diplomacy-governance' }, expected: false },
		{ filter: { ...everyEvent, point: 7 }, expected: true },
		{ filter: { ...everyEvent, point: 16 }, expected: false },
		{ filter: { ...everyEvent, phase: 'exchange' }, expected: true },
		{ filter: { track: 'aid-crossings', point: 7, phase: 'yellow-line' }, expected: false }
	];
	it.each(cases)('$filter keeps the aid event: $expected', ({ filter, expected }) => {
		expect(matchesFilter(aid, filter)).toBe(expected);
	});
});

describe('filterFromSearch', () => {
	const cases = [
		{ search: '', expected: everyEvent },
		{ search: '?phase=exchange', expected: { ...everyEvent, phase: 'exchange' } },
		{
			search: '?track=aid-crossings&point=7&phase=yellow-line',
			expected: { track: 'aid-crossings', point: 7, phase: 'yellow-line' }
		},
		// anything unknown or malformed means "all", each on its own
		{ search: '?track=aid&point=7', expected: { ...everyEvent, point: 7 } },
		{ search: '?point=21', expected: everyEvent },
		{ search: '?point=07x', expected: everyEvent },
		{ search: '?point=-7', expected: everyEvent },
		{ search: '?point=1e1', expected: everyEvent },
		{ search: '?phase=Exchange&track=', expected: everyEvent },
		{ search: '?phase=exchange&phase=yellow-line', expected: { ...everyEvent, phase: 'exchange' } },
		{ search: '?phase=%E0%A4%A', expected: everyEvent }
	];
	it.each(cases)('reads "$search"', ({ search, expected }) => {
		expect(filterFromSearch(new URLSearchParams(search), choices)).toEqual(expected);
	});

	it('writes what it reads, in a fixed order, and nothing for every event', () => {
		const filter: TimelineFilter = { track: 'aid-crossings', point: 7, phase: 'exchange' };
		expect(searchFromFilter(filter)).toBe('?track=aid-crossings&point=7&phase=exchange');
		expect(filterFromSearch(new URLSearchParams(searchFromFilter(filter)), choices)).toEqual(filter);
		expect(searchFromFilter(everyEvent)).toBe('');
	});
});

describe('countText', () => {
	it.each([
		{ shown: 53, total: 53, expected: 'All 53 events' },
		{ shown: 12, total: 53, expected: '12 of 53 events' },
		{ shown: 0, total: 53, expected: '0 of 53 events' }
	])('$shown of $total: "$expected"', ({ shown, total, expected }) => {
		expect(countText(shown, total)).toBe(expected);
	});
});
