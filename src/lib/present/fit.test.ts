import { describe, expect, it } from 'vitest';
import { loadContentForTests } from '$lib/content/test-content';
import {
	headerHeight,
	pointsHeight,
	quoteHeight,
	sinceColumnHeight,
	sinceEventHeight,
	sinceReadingHeight,
	wrappedLines
} from './fit';

describe('wrappedLines', () => {
	const cases = [
		{ text: 'one two three', chars: 7, lines: 2 }, // "one two" | "three"
		{ text: 'one two three', chars: 20, lines: 1 },
		{ text: 'one two three', chars: 3, lines: 3 },
		{ text: 'supercalifragilistic word', chars: 5, lines: 2 }, // a word longer than a line sits alone on it
		{ text: '', chars: 10, lines: 1 }
	];
	it.each(cases)('"$text" at $chars a line → $lines', ({ text, chars, lines }) =>
		expect(wrappedLines(text, chars)).toBe(lines)
	);
});

describe('the text column’s heights', () => {
	it('adds kicker, title lines, and the points heading', () => {
		// 46 + 1 × 62 + 24 + 48
		expect(headerHeight('Ceasefire and aid')).toBe(180);
		// "International Stabilization" | "Force and staged withdrawal" at 30 characters: two lines
		expect(headerHeight('International Stabilization Force and staged withdrawal')).toBe(242);
	});
	it('adds each point’s lines and the gaps between them', () => {
		expect(pointsHeight(['Immediate end to the war; lines frozen'])).toBe(48 + 34);
		expect(pointsHeight(['Full aid on acceptance', 'Amnesty and safe passage'])).toBe(2 * 48 + 10 + 34);
	});
	it('gives a quote its lines, caption and padding, and the gap when it follows another', () => {
		// “the 48 … whom are believed to” is 67 characters: past 65, so “to be alive” wraps to a second line
		const text = 'the 48 Israeli captives held by Hamas – 20 of whom are believed to be alive';
		expect(quoteHeight(text, true)).toBe(2 * 47 + 44 + 24);
		expect(quoteHeight(text, false)).toBe(2 * 47 + 44 + 24 + 28);
	});
});

describe('the since slide’s heights', () => {
	it('leaves the columns the slide less the title block and the row of statuses', () => {
		// 948 − (46 + 1 × 62 + 24) − 132; a two-line title takes 62 more
		expect(sinceColumnHeight('Ceasefire and aid')).toBe(684);
		expect(sinceColumnHeight('International Stabilization Force and staged withdrawal')).toBe(622);
	});
	it('gives an event its title lines, with the date before the title, and its source lines', () => {
		const event = { when: '13 Oct 2025', title: 'The 20 living hostages are freed', source: 'ThisDay, 13 Oct 2025' };
		expect(sinceEventHeight(event, true)).toBe(46 + 36);
		expect(sinceEventHeight(event, false)).toBe(46 + 36 + 18);
	});
	it('fits every real phase’s note and caveat in its column', () => {
		for (const phase of loadContentForTests().phases)
			expect(sinceReadingHeight(phase.now.note, phase.now.caveat), phase.id).toBeLessThanOrEqual(
				sinceColumnHeight(phase.title)
			);
	});
});
