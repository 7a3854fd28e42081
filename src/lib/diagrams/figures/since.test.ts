// Tests the figures since the talks, from the fixture's later figures and by hand: which figures, in what order, each
// value's mark on its scale from zero (ranges as ranges, floors as floors), whose it is and the reports that carry it.
import { describe, expect, it } from 'vitest';
import { loadFixtureContent } from '$lib/content/test-content';
import type { Figure } from '$lib/content/types';
import { describeSince } from './describe-since';
import { figuresSince, laterFigures, sinceFigure } from './since';

const content = loadFixtureContent();
const since = figuresSince(content);
const figure = (id: string) => since.figures.find((f) => f.id === id)!;

describe('figuresSince', () => {
	it('draws the figures that later reports give, in ledger order, and none the articles alone give', () => {
		expect(since.figures.map((f) => f.id)).toEqual([
			'prisoners-life-released',
			'detainees-released',
			'remains-returned',
			'israeli-held-share',
			'aid-trucks-per-day'
		]);
		expect(laterFigures(content.figures).every((f) => f.values.some((v) => v.reports))).toBe(true);
		expect(since.asOf).toBe('reporting gathered up to 1 July 2026');
	});

	it('keeps every value in the ledger’s order, with whose it is and its words', () => {
		expect(figure('israeli-held-share').values.map((v) => [v.who, v.words])).toEqual([
			['Fixture officials', '61% at the fixture line'],
			['A fixture mapping group', 'about 64% (fixture estimate)'],
			['A fixture minister', 'more than half (fixture minister)'],
			['Fixture Paper', 'nearly 70%, with a fixture line']
		]);
		expect(figure('aid-trucks-per-day').values.map((v) => v.who)).toEqual([
			'The plan’s text (point 7)',
			'A fixture agency',
			'Fixture UN'
		]);
	});

	it('puts a share on 0–100% across the track’s 2–96%, a floor as a floor and "about" as ≈', () => {
		const share = figure('israeli-held-share');
		// 61% of the way from 2 to 96: 2 + 0.61 × 94 = 59.34.
		expect(share.values.map((v) => [v.short, v.shape, v.at])).toEqual([
			['61%', 'point', 59.3],
			['≈64%', 'point', 62.2],
			['>50%', 'at-least', 49],
			['≈70%', 'point', 67.8]
		]);
		expect(share.ticks.map((t) => t.label)).toEqual(['0', '20%', '40%', '60%', '80%', '100%']);
		expect(share.planAt).toBeUndefined();
	});

	it('draws a range from its bottom to its top, the plan as its own mark and a guide, on a scale rounded up', () => {
		const aid = figure('aid-trucks-per-day');
		// The top is 400 (the range's), already round: 0–400, ticks every 100, each 23.5% of the track apart.
		expect(aid.ticks).toEqual([
			{ at: 2, label: '0' },
			{ at: 25.5, label: '100' },
			{ at: 49, label: '200' },
			{ at: 72.5, label: '300' },
			{ at: 96, label: '400' }
		]);
		expect(aid.values.map(({ shape, at, to, short }) => ({ shape, at, to, short }))).toEqual([
			{ shape: 'plan', at: 72.5, to: undefined, short: '300' },
			{ shape: 'range', at: 72.5, to: 96, short: '300–400' },
			{ shape: 'point', at: 30.2, to: undefined, short: '≈120' }
		]);
		expect(aid.planAt).toBe(72.5);
		// A number beside a mark near the track's end goes on the mark's left.
		expect(aid.values.map((v) => v.side)).toEqual(['left', 'left', 'right']);
	});

	it('cites each reported value’s reports, with outlet, date, address and weakness; the plan’s value none', () => {
		const [plan, agency] = figure('aid-trucks-per-day').values;
		expect(plan.citations).toEqual([]);
		expect(agency.citations).toEqual([
			{
				id: 'fixture-wire',
				kind: 'report',
				label: 'Fixture Wire, read on Fixture Mirror',
				date: '2026-01-15',
				dateApproximate: false,
				url: 'https://example.org/fixture-wire',
				weak: ['mirror']
			}
		]);
		expect(figure('israeli-held-share').values[3].citations.map((c) => c.id)).toEqual([
			'fixture-paper',
			'fixture-wire'
		]);
	});

	it('gives the first sentence of the note, why the values differ, and the caveat', () => {
		expect(figure('israeli-held-share').note).toBe('The fixture share grows.');
		expect(figure('israeli-held-share').caveat).toBe('The fixture estimate is a single analysis.');
	});

	it('describes the figures it draws and as of when', () => {
		expect(describeSince(since)).toBe(
			'5 figures reported after the talks, each source’s value on the figure’s own scale from zero: ' +
				'Fixture prisoners serving life released; Fixture detainees released; Fixture bodies returned; ' +
				'Fixture share held over time; Fixture trucks a day. ' +
				'The table lists each value with whose figure it is and its sources. ' +
				'As of reporting gathered up to 1 July 2026.'
		);
	});
});

describe('sinceFigure', () => {
	const made = (values: Figure['values'], unit = 'US$ billion'): Figure => ({ id: 'f', label: 'F', unit, values });
	it('rounds the scale up from zero and writes money in billions', () => {
		const f = sinceFigure(
			made([
				{ value: 5, display: 'more than $5 billion', reports: ['fixture-paper'], by: 'A' },
				{ value: 17, display: '$17 billion', reports: ['fixture-paper'], by: 'B' }
			]),
			content
		);
		// 17 rounds up to 20, ticks every 5: 0, 5, 10, 15, 20.
		expect(f.ticks.map((t) => t.label)).toEqual(['0', '$5 bn', '$10 bn', '$15 bn', '$20 bn']);
		expect(f.values.map((v) => [v.short, v.shape, v.at])).toEqual([
			['>$5 bn', 'at-least', 25.5],
			['$17 bn', 'point', 81.9]
		]);
	});

	it('names an article as whose value it is, and cites it', () => {
		const f = sinceFigure(made([{ value: 3, source: 'article-c' }], 'people'), content);
		expect(f.values[0].who).toBe('Fixture article C');
		expect(f.values[0].words).toBe('3');
		expect(f.values[0].citations.map((c) => [c.id, c.kind])).toEqual([['article-c', 'article']]);
	});
});
