// Tests the timeline page's data: each event as the list reads it, its sources cited, the context apart, the months,
// and the axis laid out with no two marks touching (on the fixture, and on the real content for structure).
import { describe, expect, it } from 'vitest';
import { fixtureTimelineContent, loadContentForTests } from '$lib/content/test-content';
import type { Content } from '$lib/content/types';
import { AXIS_MIN_WIDTH } from '$lib/timeline/layout';
import { markExtent, MARK_GAP } from '$lib/timeline/lanes';
import type { AxisMark, TimelinePage } from '$lib/timeline/timeline-page';
import { timelinePage } from './timeline-page';

const fixture = fixtureTimelineContent();

/** The fixture with one more event, before the plan was published. */
function withContext(content: Content): Content {
	const before = {
		...content.events[0],
		id: 'fixture-before',
		date: '2025-09-09',
		title: 'Fixture event before the plan',
		points: [],
		phases: []
	};
	return { ...content, events: [before, ...content.events] };
}

const entries = (page: TimelinePage) => page.groups.flatMap((g) => g.events);

/** Marks on one row of one lane that touch, at the narrowest width the axis is drawn. */
function touching(page: TimelinePage): string[] {
	const extent = (m: AxisMark) =>
		markExtent({ id: m.id, track: 'aid-crossings', kind: m.kind, x0: m.x0 / 100, x1: m.x1 / 100 }, AXIS_MIN_WIDTH);
	const found: string[] = [];
	page.axis.marks.forEach((a, i) =>
		page.axis.marks.slice(i + 1).forEach((b) => {
			if (a.y !== b.y) return;
			const [al, ar] = extent(a);
			const [bl, br] = extent(b);
			if (ar + MARK_GAP > bl && br + MARK_GAP > al) found.push(`${a.id} / ${b.id}`);
		})
	);
	return found;
}

describe('timelinePage', () => {
	const page = timelinePage(fixture);

	it('gives each event its date as reported, its words, its caveat, points, phases and sources', () => {
		expect(entries(page).map((e) => [e.id, e.when])).toEqual([
			['fixture-event-one', '29 Sep 2025'],
			['fixture-event-two', '5 Oct 2025'],
			['fixture-event-three', '15 Jan 2026 – 20 Jan 2026'],
			['fixture-event-four', 'Mar 2026']
		]);
		const three = entries(page)[2];
		expect(three).toMatchObject({
			title: 'Fixture event three',
			description: 'Fixture description of the third event.',
			track: 'aid-crossings',
			datetime: '2026-01-15',
			caveat: 'Fixture caveat: the fixture sources differ.',
			points: [7],
			phases: ['phase-three'],
			sources: ['fixture-wire'],
			context: false
		});
		expect(page.citations['fixture-wire']).toMatchObject({
			label: 'Fixture Wire, read on Fixture Mirror',
			url: 'https://example.org/fixture-wire',
			weak: ['mirror']
		});
		expect(page.citations['article-c']).toMatchObject({ kind: 'article', label: 'Fixture article C (Fixture Wire)' });
	});

	it('lists the events under the month each starts in', () => {
		expect(page.groups.map((g) => [g.heading, g.events.length])).toEqual([
			['September 2025', 1],
			['October 2025', 1],
			['January 2026', 1],
			['March 2026', 1]
		]);
	});

	it('says as of when, and offers every track, point and phase to filter by', () => {
		expect(page.asOf).toBe('reporting gathered up to 1 July 2026');
		expect(page.tracks.map((t) => t.label)).toEqual([
			'Diplomacy and governance',
			'Hostages and prisoners',
			'Aid and crossings',
			'The lines and security',
			'Casualties and violations'
		]);
		expect(page.points).toHaveLength(20);
		expect(page.phases.map((p) => `${p.n}:${p.id}`)).toEqual(['1:phase-one', '2:phase-two', '3:phase-three']);
	});

	it('puts an event before the plan first, as context, and draws it on no lane', () => {
		const withBefore = timelinePage(withContext(fixture));
		expect(withBefore.groups[0]).toMatchObject({ id: 'before-the-plan', heading: 'Before the plan' });
		expect(withBefore.groups[0].note).toMatch(/starts at the plan's publication, 29 September 2025/);
		expect(entries(withBefore)[0]).toMatchObject({ id: 'fixture-before', when: '9 Sep 2025', context: true });
		expect(withBefore.axis.marks.map((m) => m.id)).toEqual(entries(page).map((e) => e.id));
	});

	it('draws each event on the axis, in its lane, as a dot, a bar or a dashed month', () => {
		expect(page.axis.marks.map((m) => [m.id, m.kind])).toEqual([
			['fixture-event-one', 'day'],
			['fixture-event-two', 'day'],
			['fixture-event-three', 'period'],
			['fixture-event-four', 'month']
		]);
		const laneOf = (track: string) => page.axis.lanes.find((l) => l.track === track)!;
		for (const [mark, event] of page.axis.marks.map((m, i) => [m, entries(page)[i]] as const)) {
			const lane = laneOf(event.track);
			expect(mark.y).toBeGreaterThan(lane.y);
			expect(mark.y).toBeLessThan(lane.y + lane.height);
			expect(mark.label).toBe(`${event.title} (${event.when})`);
		}
		expect(page.axis.marks[0].x0).toBe(0); // the plan's day starts the axis
	});
});

describe('the timeline of the real content', () => {
	const content = loadContentForTests();
	const page = timelinePage(content);

	it('lists every event once, in timeline order', () => {
		expect(entries(page).map((e) => e.id)).toEqual(content.events.map((e) => e.id));
	});

	it('cites every source an event names', () => {
		for (const event of entries(page)) for (const id of event.sources) expect(page.citations[id]?.id).toBe(id);
	});

	it('draws every event from the plan on, and no two marks of a lane touch at the narrowest width', () => {
		expect(page.axis.marks).toHaveLength(entries(page).filter((e) => !e.context).length);
		expect(touching(page)).toEqual([]);
	});
});
