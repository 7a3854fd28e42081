// Tests the exchange's layout worked by hand from the plan's counts: squares to scale, text clear of them, the steps;
// on a page and on the stage of a diagram slide.
import { describe, expect, it } from 'vitest';
import {
	blockStates,
	GRID_RIGHT,
	GUTTER,
	layoutExchange,
	PITCH,
	unitGrid,
	WIDTH,
	type ExchangeCounts,
	type ExchangeLayout,
	type TextLine
} from './layout';
import { STAGE } from '../format';
import { inside, overlaps, type Rect } from '../geometry';
import { textBox, textWidth, wrapText } from '../text';

/** The plan's numbers, as in the ledger: 48 held, 20 alive, 250 + 1,700, 15 remains per deceased hostage. */
const plan: ExchangeCounts = { held: 48, alive: 20, prisonersLife: 250, detainees: 1700, remainsPerDeceased: 15 };

describe('unitGrid', () => {
	// Squares go left to right, 6.4 apart, and wrap after 50: the 51st starts the second row at x = start.
	const cases = [
		{
			input: { count: 3, x: 0, y: 0 },
			expected: [
				{ x: 0, y: 0 },
				{ x: 6.4, y: 0 },
				{ x: 12.8, y: 0 }
			]
		},
		{
			input: { count: 52, x: 10, y: 20 },
			expected: { 49: { x: 10 + 49 * 6.4, y: 20 }, 50: { x: 10, y: 26.4 }, 51: { x: 16.4, y: 26.4 } }
		}
	];
	it.each(cases)('places $input.count squares', ({ input, expected }) => {
		const grid = unitGrid(input.count, input.x, input.y);
		expect(grid).toHaveLength(input.count);
		for (const [i, point] of Object.entries(expected)) {
			expect(grid[Number(i)].x).toBeCloseTo(point.x);
			expect(grid[Number(i)].y).toBeCloseTo(point.y);
		}
	});
});

describe('layoutExchange: the blocks, to scale', () => {
	const layout = layoutExchange(plan);
	const byId = Object.fromEntries(layout.blocks.map((b) => [b.id, b]));
	// 20 and 28 hostages fit in one row each, drawn square by square; 250 = 5 full rows of 50; 1,700 = 34 full rows;
	// remains 28 × 15 = 420 = 8 full rows and a last row of 20 (20 × 6.4 = 128 wide).
	const cases = [
		{ input: 'hostages-alive', expected: { count: 20, units: 20, fullHeight: null, lastWidth: 128 } },
		{ input: 'hostages-deceased', expected: { count: 28, units: 28, fullHeight: null, lastWidth: 28 * 6.4 } },
		{ input: 'prisoners-life', expected: { count: 250, units: 0, fullHeight: 5 * 6.4, lastWidth: null } },
		{ input: 'detainees', expected: { count: 1700, units: 0, fullHeight: 34 * 6.4, lastWidth: null } },
		{ input: 'remains', expected: { count: 420, units: 0, fullHeight: 8 * 6.4, lastWidth: 128 } }
	];
	it.each(cases)('$input', ({ input, expected }) => {
		const b = byId[input];
		expect(b.count).toBe(expected.count);
		expect(b.units).toHaveLength(expected.units);
		if (expected.fullHeight === null) expect(b.fullRows).toBeNull();
		else {
			expect(b.fullRows!.height).toBeCloseTo(expected.fullHeight);
			expect(b.fullRows!.width).toBeCloseTo(50 * 6.4);
		}
		if (expected.lastWidth === null) expect(b.lastRow).toBeNull();
		else expect(b.lastRow!.width).toBeCloseTo(expected.lastWidth);
	});

	it('uses one square size for everyone: every block starts on the same left edge and pitch', () => {
		for (const b of layout.blocks) expect(b.origin.x).toBe(layout.blocks[0].origin.x);
		expect(byId['hostages-alive'].units[1].x - byId['hostages-alive'].units[0].x).toBeCloseTo(PITCH);
	});

	it(
		'stacks the groups top to bottom without overlap, within the width and about 600 tall ' +
			'(a phone shows it at about 525 px)',
		() => {
			const boxes = layout.blocks.map((b) => b.box).sort((a, b) => a.y - b.y);
			for (let i = 1; i < boxes.length; i++)
				expect(boxes[i].y).toBeGreaterThanOrEqual(boxes[i - 1].y + boxes[i - 1].height);
			for (const b of layout.blocks) expect(b.box.x + b.box.width).toBeLessThanOrEqual(GRID_RIGHT + 2);
			expect(layout.height).toBeLessThanOrEqual(620);
		}
	);

	it('keeps every text clear of the squares and inside the drawing', () => {
		for (const t of [...layout.texts, ...layout.flag.lines]) {
			const box = { x: t.x, y: t.y - t.size * 0.8, width: textWidth(t.text, t.size, t.bold), height: t.size };
			expect(box.x + box.width).toBeLessThanOrEqual(GUTTER.x - GUTTER.r);
			for (const b of layout.blocks) {
				const overlaps =
					box.x < b.box.x + b.box.width &&
					b.box.x < box.x + box.width &&
					box.y < b.box.y + b.box.height &&
					b.box.y < box.y + box.height;
				expect(overlaps, `${t.id} overlaps ${b.id}`).toBe(false);
			}
		}
	});

	it('labels the deceased in words, not by colour alone', () => {
		expect(layout.texts.find((t) => t.id === 'hostages-deceased-label')?.text).toBe('28 deceased');
		expect(layout.texts.find((t) => t.id === 'remains-rule')?.text).toBe('1 : 15, the plan’s rule');
	});
});

describe('blockStates', () => {
	// The plan's terms show every group alike; each later step highlights who moves in it and mutes the rest.
	const cases = [
		{ input: 'terms' as const, expected: { highlight: [], muted: [] } },
		{
			input: 'hostages-released' as const,
			expected: {
				highlight: ['hostages-alive'],
				muted: ['hostages-deceased', 'prisoners-life', 'detainees', 'remains']
			}
		},
		{
			input: 'prisoners-released' as const,
			expected: {
				highlight: ['prisoners-life', 'detainees'],
				muted: ['hostages-alive', 'hostages-deceased', 'remains']
			}
		},
		{
			input: 'remains' as const,
			expected: {
				highlight: ['hostages-deceased', 'remains'],
				muted: ['hostages-alive', 'prisoners-life', 'detainees']
			}
		}
	];
	it.each(cases)('$input', ({ input, expected }) => {
		const states = Object.entries(blockStates(input));
		expect(states.filter(([, s]) => s === 'highlight').map(([id]) => id)).toEqual(expected.highlight);
		expect(states.filter(([, s]) => s === 'muted').map(([id]) => id)).toEqual(expected.muted);
	});
});

describe('wrapText', () => {
	// At 14 units a character is estimated at 7.7: "aaa bbb" is 7 × 7.7 = 53.9 wide and fits 54, "aaa bbb ccc" does not.
	const cases = [
		{ input: { text: 'aaa bbb ccc', width: 54 }, expected: ['aaa bbb', 'ccc'] },
		{ input: { text: 'one', width: 10 }, expected: ['one'] },
		{ input: { text: '  spaced   out  ', width: 400 }, expected: ['spaced out'] }
	];
	it.each(cases)('$input.text', ({ input, expected }) =>
		expect(wrapText(input.text, input.width, 14)).toEqual(expected)
	);
});

it('fits the drawing in a 400-wide viewBox', () => expect(WIDTH).toBe(400));

describe('layoutExchange on the stage (a diagram slide at 1920×1080, one unit to one pixel)', () => {
	const stage = layoutExchange(plan, 'stage');
	const page = layoutExchange(plan);
	const frame: Rect = { x: 0, y: 0, width: stage.width, height: stage.height };
	const boxOf = (t: TextLine) =>
		textBox({ x: t.x, y: t.y, lines: [t.text], size: t.size, lineHeight: t.size, anchor: 'start', bold: t.bold });
	/** Every text the slide can show: the labels, the flag, each step's caption, and the colon of 1 : 15. */
	const captionLines = Object.values(stage.captions).map((lines) =>
		lines.map((text, i) => ({
			text,
			box: boxOf({
				id: 'caption',
				text,
				x: stage.captionText.x,
				y: stage.captionTop + stage.captionText.size + i * stage.captionText.line,
				size: stage.captionText.size
			})
		}))
	);
	const colon = textBox({
		x: stage.ratio.colonX,
		y: stage.ratio.y + 0.35 * stage.ratio.size,
		lines: [':'],
		size: stage.ratio.size,
		lineHeight: stage.ratio.size,
		anchor: 'middle'
	});
	const labels = [...stage.texts, ...stage.flag.lines].map((t) => ({ text: t.text, box: boxOf(t) }));
	const pairs = <T>(items: T[]): [T, T][] => items.flatMap((a, i) => items.slice(i + 1).map((b): [T, T] => [a, b]));

	// 48 + 1,950 + 420 squares of 8 units, 10 apart, in rows of 100: 1,700 detainees are 17 rows, 170 units tall.
	it('is landscape and uses the room: 1100 wide, between 650 and 730 tall', () => {
		expect(stage.width).toBe(STAGE.width);
		expect(stage.height).toBeLessThanOrEqual(STAGE.height);
		expect(stage.height).toBeGreaterThanOrEqual(650);
		const detainees = stage.blocks.find((b) => b.id === 'detainees')!;
		expect(detainees.fullRows).toEqual({ x: 12, y: detainees.origin.y, width: 1000, height: 170 });
	});

	it('sets every text, the caption and the colon at 24 units or more', () => {
		const sizes = [...stage.texts, ...stage.flag.lines].map((t) => t.size);
		expect(Math.min(...sizes, stage.captionText.size, stage.ratio.size)).toBeGreaterThanOrEqual(STAGE.minText);
		// Headings stand out from the names beside them, as on a page.
		expect(stage.texts.find((t) => t.id === 'detainees-heading')?.size).toBe(28);
	});

	it('keeps every text inside the drawing, apart from the others, off the squares and off the flag', () => {
		const all = [...labels, ...captionLines.flat()];
		for (const { text, box } of [...all, { text: ':', box: colon }])
			expect(inside(box, frame), `${text} inside`).toBe(true);
		// Each step shows its own caption: each caption's lines keep clear of every label, and of one another.
		for (const [a, b] of pairs([...labels, { text: ':', box: colon }]))
			expect(overlaps(a.box, b.box, 2), `${a.text} / ${b.text}`).toBe(false);
		for (const lines of captionLines)
			for (const line of lines)
				for (const label of labels)
					expect(overlaps(line.box, label.box, 2), `${line.text} / ${label.text}`).toBe(false);
		for (const { text, box } of [...labels, { text: ':', box: colon }])
			for (const b of stage.blocks) expect(overlaps(box, b.box), `${text} over ${b.id}`).toBe(false);
		for (const line of stage.flag.lines) expect(inside(boxOf(line), stage.flag), line.text).toBe(true);
		for (const t of stage.texts) expect(overlaps(boxOf(t), stage.flag), `${t.text} over the flag`).toBe(false);
		for (const b of stage.blocks) expect(overlaps(b.box, stage.flag), `${b.id} under the flag`).toBe(false);
		expect(inside(stage.flag, frame)).toBe(true);
	});

	it('stacks the groups without overlap and keeps their squares inside, clear of the right-hand margin', () => {
		const boxes = stage.blocks.map((b) => b.box).sort((a, b) => a.y - b.y);
		for (let i = 1; i < boxes.length; i++)
			expect(boxes[i].y).toBeGreaterThanOrEqual(boxes[i - 1].y + boxes[i - 1].height);
		for (const b of stage.blocks) expect(b.box.x + b.box.width, b.id).toBeLessThanOrEqual(1014);
	});

	it('puts the flag beside the hostages, between the caption and the prisoners’ heading', () => {
		const heading = stage.texts.find((t) => t.id === 'prisoners-life-heading')!;
		const names = stage.texts.filter((t) => t.id.startsWith('hostages-')).map(boxOf);
		expect(stage.flag.y).toBe(stage.captionBottom);
		expect(stage.flag.y + stage.flag.height).toBeLessThan(boxOf(heading).y);
		// Room between the names and the flag for a marker (44 across) with 6 units either side.
		for (const name of names) expect(stage.flag.x - (name.x + name.width)).toBeGreaterThanOrEqual(56);
	});

	it('draws what the page draws: the same groups, counts and looks, and the same words', () => {
		const groups = (l: ExchangeLayout) => l.blocks.map((b) => [b.id, b.count, b.style]);
		expect(groups(stage)).toEqual(groups(page));
		const words = (l: ExchangeLayout) => [...l.texts, ...l.flag.lines].map((t) => t.text).join(' ');
		expect(words(stage)).toBe(words(page));
		expect(Object.values(stage.captions).map((c) => c.join(' '))).toEqual(
			Object.values(page.captions).map((c) => c.join(' '))
		);
		expect(stage.ratio.fifteen).toHaveLength(15);
	});

	it('uses one square and one pitch for every group: 8 units, 10 apart, 100 to a row', () => {
		expect([stage.unit, stage.pitch]).toEqual([8, 10]);
		const alive = stage.blocks.find((b) => b.id === 'hostages-alive')!;
		expect(alive.units[1].x - alive.units[0].x).toBe(10);
		// 420 remains: 4 rows of 100 and a last row of 20, 200 wide.
		const remains = stage.blocks.find((b) => b.id === 'remains')!;
		expect([remains.fullRows?.height, remains.lastRow?.width]).toEqual([40, 200]);
	});

	it('writes the total on the detainees’ heading’s line where both fit, and on a page under the squares', () => {
		const text = (l: ExchangeLayout, id: string) => l.texts.find((t) => t.id === id)!;
		const heading = text(stage, 'detainees-heading');
		// 12 + 420 (the heading, bold at 28) + 24 = 456; the total ends at 456 + 541 = 997, left of the markers at 1012.
		expect(text(stage, 'prisoners-total')).toMatchObject({ x: 456, y: heading.y, size: 24, muted: true });
		const detainees = page.blocks.find((b) => b.id === 'detainees')!;
		expect(text(page, 'prisoners-total').y).toBeGreaterThan(detainees.box.y + detainees.box.height);
	});
});

// Our translation goes under each English quote of the flag: two lines more than the English, 190 units tall in all.
describe.each(['ar', 'he'] as const)('layoutExchange on the stage in the %s edition', (locale) => {
	const stage = layoutExchange(plan, 'stage', locale);
	const flagBottom = stage.flag.y + stage.flag.height;
	const heading = stage.texts.filter((t) => t.id.startsWith('prisoners-life-heading'));
	const life = stage.blocks.find((b) => b.id === 'prisoners-life')!;

	it('stands within the stage’s 730 units, its prisoners’ heading beside the flag’s last lines', () => {
		expect(stage.flag.height).toBe(190);
		expect(stage.height).toBeLessThanOrEqual(STAGE.height);
		// The heading's first line starts above the flag's foot, each line 24 units or more left of the flag.
		expect(heading[0].y - heading[0].size * 0.8).toBeLessThan(flagBottom);
		for (const line of heading)
			expect(line.x + textWidth(line.text, line.size, true), line.text).toBeLessThanOrEqual(stage.flag.x - 24);
		// The squares span the drawing's width: they start under the flag, and under the heading.
		expect(life.box.y).toBeGreaterThanOrEqual(flagBottom + 8);
		expect(life.box.y).toBeGreaterThan(heading.at(-1)!.y);
	});
});
