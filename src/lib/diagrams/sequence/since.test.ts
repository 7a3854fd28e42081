// Tests what became of each phase, made from the fixture content: its status now as a shape and words, when the events
// it rests on happened, where each box sits, and the rows of its text alternative with their sources.
import { describe, expect, it } from 'vitest';
import { loadFixtureContent } from '$lib/content/test-content';
import { inside, overlaps } from '../geometry';
import { textBox } from '../text';
import { sequenceSince } from './since';

const { layout, text } = sequenceSince(loadFixtureContent());

describe('sequenceSince', () => {
	it('marks each phase, in the plan’s order, with its status now by shape, words and tone', () => {
		expect(layout.steps.map((s) => [s.n, s.id, s.status, s.mark.lines.join(' '), s.tone])).toEqual([
			[1, 'phase-one', 'done', '● Carried out', 'done'],
			[2, 'phase-two', 'partly', '◑ Partly carried out', 'part'],
			[3, 'phase-three', 'not-implemented', '○ Not carried out', 'against']
		]);
	});

	// Phase one rests on one event, phase two on a day and a month, phase three on a period of days.
	it('says when the events each status rests on happened, from the first to the latest', () => {
		expect(layout.steps.map((s) => s.when.lines.join(' '))).toEqual([
			'Events: 29 Sep 2025',
			'Events: 5 Oct 2025 to Mar 2026',
			'Events: 15 Jan 2026 to 20 Jan 2026'
		]);
	});

	it('keeps each box’s title, mark and dates inside it, the mark in its pill, and the boxes apart on the rail', () => {
		for (const step of layout.steps) {
			for (const t of [step.title, step.mark, step.when]) expect(inside(textBox(t), step.box)).toBe(true);
			expect(inside(textBox(step.mark), step.pill)).toBe(true);
			expect(inside(step.pill, step.box)).toBe(true);
			expect(step.circle.cy).toBeGreaterThan(step.box.y);
		}
		const [a, b, c] = layout.steps.map((s) => s.box);
		expect(overlaps(a, b) || overlaps(b, c)).toBe(false);
		expect(layout.links).toEqual([
			{ x: 34, y1: a.y + a.height, y2: b.y },
			{ x: 34, y1: b.y + b.height, y2: c.y }
		]);
		expect(layout.height).toBeGreaterThan(c.y + c.height);
	});

	it('tells each phase’s status and when, with the sources of the events that date it', () => {
		expect(text.columns).toEqual(['Phase', 'Status now', 'When']);
		expect(text.rows.map((r) => r.cells)).toEqual([
			['1. Fixture phase one', '● Carried out', 'Events: 29 Sep 2025'],
			['2. Fixture phase two', '◑ Partly carried out', 'Events: 5 Oct 2025 to Mar 2026'],
			['3. Fixture phase three', '○ Not carried out', 'Events: 15 Jan 2026 to 20 Jan 2026']
		]);
		expect(text.rows.map((r) => r.citations.map((c) => c.label))).toEqual([
			['Fixture article C (Fixture Wire)'],
			['Fixture article C (Fixture Wire)', 'Fixture Paper'],
			['Fixture Wire, read on Fixture Mirror']
		]);
		expect(text.description).toBe(
			'What became of the plan’s 3 phases, in the plan’s order, each with its status now and when the events it ' +
				'rests on happened: 1, Fixture phase one: Carried out; 2, Fixture phase two: Partly carried out; ' +
				'3, Fixture phase three: Not carried out.'
		);
	});
});
