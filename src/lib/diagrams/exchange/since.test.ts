// Tests what became of the exchange, made from the fixture content: each group's squares over the plan's number, the
// time strip on its d3 time scale, and the rows of its text alternative with their sources and doubts.
import { describe, expect, it } from 'vitest';
import { loadContentForTests, loadFixtureContent } from '$lib/content/test-content';
import { exchangeSince, makeExchangeSince } from './since';
import { textWidth } from '../text';
import { squareRects, timeTaken } from './since-layout';

const { layout, text } = exchangeSince(loadFixtureContent());
const block = (id: string) => layout.blocks.find((b) => b.id === id)!;
const runs = (id: string) => Object.fromEntries(block(id).runs.map((r) => [r.look, r.count]));

describe('exchangeSince', () => {
	// Fixture: 5 living and 7 deceased hostages, 60 + 140 in the plan against 60 + 145 released, 7 × 3 = 21 bodies by
	// the rule against 18 returned.
	it('draws each group over the plan’s number: kept to it, past it, or short of it', () => {
		expect(layout.blocks.map((b) => [b.id, b.plan, b.happened])).toEqual([
			['living', 5, 5],
			['deceased', 7, 7],
			['life', 60, 60],
			['detainees', 140, 145],
			['bodies', 21, 18]
		]);
		expect(runs('living')).toEqual({ kept: 5 });
		expect(runs('detainees')).toEqual({ kept: 140, beyond: 5 });
		expect(runs('bodies')).toEqual({ kept: 18, short: 3 });
		expect([block('living').style, block('deceased').style, block('bodies').style]).toEqual([
			'solid',
			'outline',
			'outline'
		]);
	});

	it('frames the squares past the plan’s number: the 5 after the 140, on the third row', () => {
		const detainees = block('detainees');
		const beyond = detainees.runs.find((r) => r.look === 'beyond')!;
		// 140 = two rows of 50 and 40 more: the 141st square is the 41st of the third row.
		expect(beyond.rects).toEqual([{ x: 6 + 40 * 6.4, y: detainees.origin.y + 12.8, width: 32, height: 6.4 }]);
		// The frame runs 1.5 round the squares (5 wide, 6.4 apart): 5 × 6.4 − 1.4 + 3 = 33.6 wide, 5 + 3 = 8 high.
		expect(detainees.beyondFrame).toEqual([{ x: 260.5, y: detainees.origin.y + 11.3, width: 33.6, height: 8 }]);
	});

	it('names each group and what happened to it, beside its squares or above them', () => {
		const words = layout.texts.map((t) => t.text);
		expect(words).toEqual(
			expect.arrayContaining([
				'12 hostages: 5 living, 7 deceased',
				'5 freed on 12 Oct 2025',
				'7 returned by 20 Dec 2025',
				'The plan: every hostage within 48 hours',
				'Prisoners serving life sentences',
				'60 released on 12 Oct 2025; the plan: 60',
				'145 released on 12 Oct 2025; the plan: 140',
				'5 more than the plan',
				'205 in all (Fixture prison service) ⚠',
				'dotted: 3 short of the rule’s number'
			])
		);
		expect(words.join(' ')).toContain(
			'What happened: ● the living freed, then the remains over about two and a half months'
		);
		expect(words.join(' ')).toContain('18 by 22 Dec 2025 (Fixture Red Cross); the rule gives 21');
	});

	// The scale runs from 1 October to 1 January (the deadline's start, 10 Oct, to the last return, 20 Dec, rounded out
	// to whole months) over x 6 to 326: 320 units for 92 days.
	it('sets the plan’s 48 hours beside the months the remains took, on one time scale', () => {
		const x = (days: number) => Math.round((6 + (320 * days) / 92) * 10) / 10;
		const [plan, happened] = layout.strip.bars;
		expect([plan.x1, plan.x2]).toEqual([x(9), x(11)]);
		expect([happened.x1, happened.x2]).toEqual([x(9), x(80)]);
		expect(layout.strip.freed.x).toBe(x(11));
		expect(layout.strip.ticks).toEqual([
			{ x: 6, label: 'Oct 2025' },
			{ x: x(31), label: 'Nov' },
			{ x: x(61), label: 'Dec' },
			{ x: 326, label: 'Jan 2026' }
		]);
	});

	it('tells each group as the plan set it and as it happened, with its sources', () => {
		expect(text.columns).toEqual(['Who', 'The plan', 'What happened']);
		expect(text.rows.map((r) => r.cells)).toEqual([
			['Living hostages', '5, within 48 hours', '5 freed on 12 Oct 2025'],
			[
				'Deceased hostages’ remains',
				'7, within 48 hours',
				'7 returned, the last on 20 Dec 2025, about two and a half months after the 48 hours began'
			],
			['Prisoners serving life sentences', '60', '60 released on 12 Oct 2025 (Fixture prison service)'],
			['Detainees from Gaza', '140', '145 released on 12 Oct 2025 (Fixture prison service)'],
			['Prisoners and detainees in all', '200', '205 ⚠ Fixture caveat: another fixture count differs.'],
			[
				'Palestinian bodies returned',
				'21: 3 for each of 7 deceased hostages, the plan’s rule worked out',
				'18 by 22 Dec 2025 (Fixture Red Cross)'
			]
		]);
		expect(text.rows.map((r) => r.citations.map((c) => c.label))).toEqual([
			['Fixture Wire, read on Fixture Mirror'],
			['Fixture Paper'],
			['Fixture Wire, read on Fixture Mirror'],
			['Fixture Wire, read on Fixture Mirror'],
			['Fixture Wire, read on Fixture Mirror'],
			['Fixture Paper']
		]);
		// One citation per source, shared by every row that cites it.
		expect(text.rows[0].citations[0]).toBe(text.rows[2].citations[0]);
		expect(text.caveats).toEqual(['Fixture caveat: another fixture count differs.']);
		expect(text.asOf).toBe('reporting gathered up to 1 July 2026');
	});

	it('says in words what the drawing shows', () => {
		expect(text.description).toBe(
			'What happened, drawn over the plan’s terms to the same scale, one square per person: the 5 living hostages ' +
				'were freed on 12 Oct 2025; the remains of the 7 deceased hostages came back over about two and a half ' +
				'months, the last on 20 Dec 2025, where the plan set 48 hours for every hostage. Israel released 60 ' +
				'prisoners serving life sentences and 145 detainees from Gaza, 205 in all, where the plan set 60 and 140. ' +
				'18 Palestinian bodies were returned by 22 Dec 2025, by the Fixture Red Cross’s count, where the plan’s ' +
				'rule of 3 for each deceased hostage gives 21.'
		);
	});

	it('keeps every text inside the drawing and below the last square', () => {
		for (const t of layout.texts) expect(t.x + textWidth(t.text, t.size, t.bold)).toBeLessThanOrEqual(layout.width - 6);
		const lowest = Math.max(
			...layout.blocks.map((b) => b.origin.y + Math.ceil(Math.max(b.plan, b.happened) / 50) * 6.4)
		);
		expect(layout.height).toBeGreaterThan(lowest);
	});
});

describe('the real exchange since the talks', () => {
	// Numbers, not words: the figures the issue names (data/figures.json, data/events.json).
	it('draws 20 freed, 28 returned, 250 + 1,718 released against 250 + 1,700, 360 bodies against 420', () => {
		const real = exchangeSince(loadContentForTests());
		expect(real.layout.blocks.map((b) => [b.id, b.plan, b.happened])).toEqual([
			['living', 20, 20],
			['deceased', 28, 28],
			['life', 250, 250],
			['detainees', 1700, 1718],
			['bodies', 420, 360]
		]);
		expect(real.text.rows[1].cells[2]).toContain('the last on 26 Jan 2026, about three and a half months');
	});
});

describe('makeExchangeSince', () => {
	it('carries its doubts and sources as markup, linked, with no comments left in it', () => {
		const since = makeExchangeSince(loadFixtureContent());
		expect(since.notesHtml).toContain('Fixture caveat: another fixture count differs.');
		expect(since.notesHtml).toContain('<a href="https://example.org/fixture-paper" rel="external noreferrer">');
		expect(since.tableHtml).toMatch(/^<table>/);
		expect(since.notesHtml + since.tableHtml).not.toContain('<!--');
	});
});

describe('squareRects', () => {
	it('cuts a run of squares into the end of a row, whole rows and the start of a row', () => {
		expect(squareRects(6, 0, 30, 100)).toEqual([
			{ x: 6 + 30 * 6.4, y: 0, width: 20 * 6.4, height: 6.4 },
			{ x: 6, y: 6.4, width: 320, height: 6.4 },
			{ x: 6, y: 12.8, width: 30 * 6.4, height: 6.4 }
		]);
		expect(squareRects(6, 0, 0, 100)).toEqual([{ x: 6, y: 0, width: 320, height: 12.8 }]);
		expect(squareRects(6, 0, 5, 0)).toEqual([]);
	});
});

describe('timeTaken', () => {
	it.each([
		['2025-10-10', '2026-01-26', 'about three and a half months'],
		['2025-10-10', '2025-12-20', 'about two and a half months'],
		['2025-10-10', '2025-11-12', 'about a month'],
		['2025-10-10', '2025-10-22', '12 days']
	])('from %s to %s: %s', (from, to, words) => expect(timeTaken(from, to)).toBe(words));
});
