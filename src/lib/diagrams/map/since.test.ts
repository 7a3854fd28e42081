// Tests the map since the talks, from the fixture's dated shares: their order by date, the chart's scales worked out by
// hand, labels that touch nothing, the band sized to the growth reported, the sources, and as of when.
import { describe, expect, it } from 'vitest';
import { loadContentForTests, loadFixtureContent } from '$lib/content/test-content';
import { overlaps, type Rect } from '../geometry';
import { textWidth } from '../text';
import { layoutMap } from './layout';
import { describeMapSince, shortWords } from './describe-since';
import { mapSinceLayout, type MapSinceLayout } from './since';
import type { Label } from './text';

const content = loadFixtureContent();
const since = mapSinceLayout(content, layoutMap(content).projection);
const { chart } = since;

/** A chart label's box, as the collision checks estimate it, with room for the ⚠ sign. */
function boxOf(label: Label): Rect {
	const text = label.lines[0];
	const width = textWidth(text, label.size) * 1.1 + (text.includes('⚠') ? label.size * 0.6 : 0);
	const x = label.anchor === 'start' ? label.x : label.anchor === 'end' ? label.x - width : label.x - width / 2;
	return { x, y: label.y - 0.8 * label.size, width, height: label.size * 1.05 };
}
/** Every label and mark of a chart, each label checked against everything else. */
function clashes(s: MapSinceLayout) {
	const labels = s.chart.points.map((p) => ({ what: p.label.lines[0], box: boxOf(p.label) }));
	const marks = s.chart.points.map((p) => ({
		what: `mark ${p.date}`,
		box: p.span
			? { x: p.span[0], y: p.y - 4.5, width: p.span[1] - p.span[0], height: 9 }
			: { x: p.x - 4.5, y: p.y - 4.5, width: 9, height: 9 }
	}));
	const all = [...labels, ...marks];
	return labels.flatMap((l) =>
		all.filter((o) => o !== l && overlaps(l.box, o.box)).map((o) => `${l.what} touches ${o.what}`)
	);
}

describe('mapSince: the shares', () => {
	it('orders the dated shares by date, each with its words, whose it is and its reports', () => {
		expect(chart.points.map((p) => [p.dateText, p.words, p.who])).toEqual([
			['10 Oct 2025', '61% at the fixture line', 'Fixture officials'],
			['Dec 2025', 'about 64% (fixture estimate)', 'A fixture mapping group'],
			['31 Mar 2026', 'more than half (fixture minister)', 'A fixture minister'],
			['Apr 2026', 'nearly 70%, with a fixture line', 'Fixture Paper']
		]);
		expect(chart.points.map((p) => p.citations.map((c) => `${c.label}, ${c.date}`))).toEqual([
			['Fixture Paper, 2026-03'],
			['Fixture Wire, read on Fixture Mirror, 2026-01-15'],
			['Fixture Paper, 2026-03'],
			['Fixture Paper, 2026-03', 'Fixture Wire, read on Fixture Mirror, 2026-01-15']
		]);
	});

	it('writes each share short beside its mark, a floor as a floor, ⚠ where a report is weak', () => {
		expect(chart.points.map((p) => [p.label.lines[0], p.bound, p.weak])).toEqual([
			['61%', 'exact', false],
			['≈64% ⚠', 'about', true],
			['>50%', 'at-least', false],
			['≈70% ⚠', 'about', true]
		]);
		expect(shortWords('nearly two-thirds, with the orange line (April 2026)')).toBe('nearly two-thirds');
		expect(shortWords('63% (December 2025)')).toBe('63%');
	});
});

describe('mapSince: the chart', () => {
	it('puts the share on an axis from 40% to 80% around the values (50 to 70, padded by 5), labelled so', () => {
		// 150 units for 40 points: 3.75 a point; 50% sits 37.5 above the plot's foot, 70% 112.5.
		const foot = chart.plot.y + chart.plot.height;
		expect(chart.yTicks.map((t) => [t.label.lines[0], Math.round((foot - t.y) * 10) / 10])).toEqual([
			['40%', 0],
			['50%', 37.5],
			['60%', 75],
			['70%', 112.5],
			['80%', 150]
		]);
		// 61% is 78.75 above the foot; the mark's y is rounded to a tenth (694.75 to 694.8), hence 78.7.
		expect(chart.points.map((p) => Math.round((foot - p.y) * 10) / 10)).toEqual([78.7, 90, 37.5, 112.5]);
		expect(chart.subtitle.lines.join(' ')).toBe(
			'Each mark is one source’s figure, on an axis from 40% to 80%. It does not start at zero.'
		);
	});

	it('runs time from the first share’s month to the gathered-up-to date, a month’s share across its month', () => {
		const { x, width } = chart.plot;
		// 1 October 2025 to 1 July 2026: 273 days over the plot's width.
		const at = (days: number) => Math.round((x + (width * days) / 273) * 10) / 10;
		expect(chart.xTicks.map((t) => [t.label.lines[0], t.x])).toEqual([
			['Oct 2025', at(0)],
			['Jan 2026', at(92)],
			['Apr', at(182)],
			['Jul', at(273)]
		]);
		const [october, december, march, april] = chart.points;
		expect(october.x).toBe(at(9)); // 10 October, nine days in
		expect(october.span).toBeUndefined();
		expect(december.span).toEqual([at(61), at(92)]); // 1 December to the end of the 31st
		expect(december.x).toBe(Math.round(((at(61) + at(92)) / 2) * 10) / 10);
		expect(march.x).toBe(at(181));
		expect(april.span).toEqual([at(182), at(212)]);
	});

	it('places every label clear of the other labels and marks, inside the drawing, on fixture and real data', () => {
		expect(clashes(since)).toEqual([]);
		const real = loadContentForTests();
		const realSince = mapSinceLayout(real, layoutMap(real).projection);
		expect(realSince.chart.points.length).toBeGreaterThan(3);
		expect(clashes(realSince)).toEqual([]);
		for (const s of [since, realSince])
			for (const p of s.chart.points) {
				const box = boxOf(p.label);
				expect(box.x).toBeGreaterThanOrEqual(0);
				expect(box.x + box.width).toBeLessThanOrEqual(400);
			}
	});
});

describe('mapSince: the band, legend and words', () => {
	it('grows the yellow line’s area by the growth reported: 61% to nearly 70% is 9 points of the Strip', () => {
		expect(since.band?.grownBy).toBe(9);
		// Two sets of rings, drawn even-odd: the free part at the yellow line and the smaller one past the band.
		expect(since.band?.area.match(/M/g)?.length).toBeGreaterThanOrEqual(2);
	});

	it('draws no band where no share higher than the yellow line’s is reported', () => {
		const lower = {
			...content,
			figureById: {
				...content.figureById,
				'israeli-held-share': {
					...content.figureById['israeli-held-share'],
					values: content.figureById['israeli-held-share'].values.filter((v) => v.value <= 61)
				}
			}
		};
		const s = mapSinceLayout(lower, layoutMap(content).projection);
		expect(s.band).toBeUndefined();
		expect(s.legend.map((l) => l.kind)).toEqual(['held']);
	});

	it('says what the hatching and the band stand for, and as of when', () => {
		expect(since.legend.map((l) => [l.kind, l.text.lines.join(' ')])).toEqual([
			['held', 'Held at the fixture yellow line when the ceasefire began: 61% (fixture reading)'],
			[
				'band',
				'Reported since: up to nearly 70% (Apr 2026). Schematic: sized to the growth reported, not drawn from any map.'
			]
		]);
		expect(since.foot.lines.join(' ')).toBe(
			'⚠ a single analysis or a weak source. Reporting gathered up to 1 July 2026.'
		);
		expect(since.asOf).toBe('reporting gathered up to 1 July 2026');
		expect(since.caveat).toBe('The fixture estimate is a single analysis.');
	});

	it('says in words what it shows, for the text alternative', () => {
		expect(describeMapSince(since, 'Fixture yellow line')).toBe(
			'Map of the Gaza Strip since the ceasefire, schematic. It shows the fixture yellow line, hatched on its ' +
				'Israeli side. Held at the fixture yellow line when the ceasefire began: 61% (fixture reading). ' +
				'A dotted band shows the growth of the area Israel holds. Reported since: up to nearly 70% (Apr 2026). ' +
				'Schematic: sized to the growth reported, not drawn from any map. A chart gives the 4 shares reported ' +
				'between 10 Oct 2025 and Apr 2026, from more than half to nearly 70%; the table lists each with whose ' +
				'figure it is and its sources. As of reporting gathered up to 1 July 2026.'
		);
	});

	it('is as tall as its last line of text, below the map', () => {
		expect(since.height).toBe(Math.ceil(since.foot.y + 14 * 1.2 + 14 * 0.25 + 16));
	});
});
