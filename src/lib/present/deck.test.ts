// Tests the classroom deck: which quotes fit a slide, glossary text made plain, and the slides built from the fixture.
import { describe, expect, it } from 'vitest';
import { loadContentForTests, loadFixtureContent } from '$lib/content/test-content';
import type { Quote, Source } from '$lib/content/types';
import {
	buildDeck,
	firstSentence,
	GLOSSARY_PER_SLIDE,
	pickQuotes,
	plainText,
	QUOTE_MAX_CHARS,
	slideQuote
} from './deck';
import { SINCE_EVENTS_MAX } from './since-slide';

/** A text of n characters in five-letter words, as a quote wraps. */
const text = (n: number) => Array.from({ length: n }, (_, i) => (i % 5 === 4 && i < n - 1 ? ' ' : 'a')).join('');

describe('pickQuotes', () => {
	// At 58 characters a line: 100 characters (with quote marks) wrap to 2 lines, 162 px
	// (2 × 47 + 44 caption + 24 padding); a second quote adds a 28 px gap. 80 and 60 characters also wrap to 2 lines.
	const cases = [
		{ lengths: [100, 80, 60], room: 1000, picked: [100, 80], why: 'the first two that are short enough' },
		{ lengths: [250, 80, 60], room: 1000, picked: [80, 60], why: 'a quote over the length limit is skipped' },
		{ lengths: [100, 80, 60], room: 250, picked: [100], why: 'room for one: 162 px, then 88 px left' },
		{ lengths: [100, 80, 60], room: 352, picked: [100, 80], why: '162 + 190 = 352 px: both fit exactly' },
		{ lengths: [300, 250, 400], room: 1000, picked: [250], why: 'none short enough: the shortest alone' },
		{ lengths: [100, 80], room: 0, picked: [80], why: 'no room at all: still one quote, the shortest' }
	];
	it.each(cases)('$why', ({ lengths, room, picked }) => {
		const quotes = lengths.map((n) => ({ text: text(n) }));
		expect(pickQuotes(quotes, room).map((q) => q.text.length)).toEqual(picked);
	});
	it('never picks more than two', () =>
		expect(
			pickQuotes(
				[1, 2, 3, 4].map(() => ({ text: text(20) })),
				5000
			)
		).toHaveLength(2));
});

describe('plainText and firstSentence', () => {
	const cases = [
		{ html: '<p>The line inside <strong>Gaza</strong>. Israel’s figure is 53%.</p>', first: 'The line inside Gaza.' },
		{
			html: '<p>Mediators help; guarantors see it &amp; carry it out. In October 2025 Egypt mediated.</p>',
			first: 'Mediators help; guarantors see it & carry it out.'
		},
		{ html: '<p>The body in point 9. 2803 welcomed it.</p>', first: 'The body in point 9.' },
		{ html: '<p>A pardon for past acts.</p>', first: 'A pardon for past acts.' },
		{ html: '<p>It says "agreed line". "Yellow" is the map’s colour.</p>', first: 'It says "agreed line".' },
		{ html: '<p>about 53% of the strip.\nno capital follows</p>', first: 'about 53% of the strip. no capital follows' }
	];
	it.each(cases)('$first', ({ html, first }) => expect(firstSentence(plainText(html))).toBe(first));
});

const source = (id: string, outlet: string | null): Source => ({
	id,
	file: `${id}.txt`,
	outlet,
	date: '2025-10-06',
	dateInferred: true,
	headline: `Headline of ${id}`,
	language: 'en',
	label: `Article ${id.toUpperCase()}`
});
const quote = (id: string, length: number, extra: Partial<Quote> = {}): Quote => ({
	id,
	source: 'c',
	text: text(length),
	speaker: 'Fixture Speaker',
	speakerKind: 'person',
	role: 'Fixture role',
	speech: 'reported',
	tags: { phases: [], points: [], actors: [], figures: [] },
	...extra
});

describe('slideQuote', () => {
	const cases = [
		{
			name: 'a person in their own words',
			input: quote('q', 10, { speech: 'direct' }),
			expected: { speaker: 'Fixture Speaker', speech: 'In their own words' }
		},
		{
			name: 'a person reported',
			input: quote('q', 10),
			expected: { speaker: 'Fixture Speaker', speech: 'Reported speech' }
		},
		{
			// The article's own voice: the article is named, not a person.
			name: 'the article’s reporting',
			input: quote('q', 10, { speakerKind: 'reporting', speaker: 'Reporting' }),
			expected: { speaker: 'Article C', speech: 'The article’s reporting' }
		}
	];
	it.each(cases)('names who speaks and how: $name', ({ input, expected }) => {
		expect(slideQuote(input, source('c', null))).toEqual({
			id: 'q',
			text: input.text,
			source: 'Article C',
			...expected
		});
	});

	it('keeps the quote text word for word', () => {
		const q = quote('q', 10, { text: 'He said: “no ceasefire”.' });
		expect(slideQuote(q, source('c', null)).text).toBe('He said: “no ceasefire”.');
	});
});

describe('buildDeck from the fixture', () => {
	const deck = buildDeck(loadFixtureContent());

	it('runs title, each phase, its diagram, its discussion, since the talks, the glossary by eight, the sources', () => {
		expect(deck.map((s) => `${s.n} ${s.kind} ${s.phaseId ?? '-'}`)).toEqual([
			'1 title -',
			'2 phase phase-one',
			'3 stage phase-one',
			'4 discussion phase-one',
			'5 since phase-one',
			'6 phase phase-two',
			'7 stage phase-two',
			'8 discussion phase-two',
			'9 since phase-two',
			'10 phase phase-three',
			'11 stage phase-three',
			'12 discussion phase-three',
			'13 since phase-three',
			'14 glossary -', // terms 01 to 08
			'15 glossary -', // terms 09 and 10
			'16 sources -'
		]);
		expect(deck.map((s) => s.label)).toEqual([
			'Title',
			'Phase 1 of 3: Fixture phase one',
			'Phase 1 of 3, its diagram: Fixture phase one',
			'Discussion: Fixture phase one',
			'Since the talks: Fixture phase one',
			'Phase 2 of 3: Fixture phase two',
			'Phase 2 of 3, its diagram: Fixture phase two',
			'Discussion: Fixture phase two',
			'Since the talks: Fixture phase two',
			'Phase 3 of 3: Fixture phase three',
			'Phase 3 of 3, its diagram: Fixture phase three',
			'Discussion: Fixture phase three',
			'Since the talks: Fixture phase three',
			'Glossary (1 of 2)',
			'Glossary (2 of 2)',
			'Sources'
		]);
		expect(deck[0]).toMatchObject({ agenda: ['Fixture phase one', 'Fixture phase two', 'Fixture phase three'] });
	});

	it('puts the phase’s status, points and first short quotes on its slide, with who said them and how', () => {
		expect(deck[1]).toMatchObject({
			kicker: 'Phase 1 of 3',
			title: 'Fixture phase one',
			status: 'agreed',
			statusText: '● Agreed',
			points: [
				{ number: 1, title: 'Fixture point 1' },
				{ number: 2, title: 'Fixture point 2' },
				{ number: 3, title: 'Fixture point 3' }
			],
			quotes: [
				{
					id: 'fixture-opening',
					text: 'Fixture words: the opening phase begins when both fixture sides agree.',
					speaker: 'Fixture Speaker Kay',
					speech: 'In their own words',
					source: 'Fixture article K'
				},
				{ id: 'fixture-tally', speaker: 'Fixture Speaker Em', source: 'Fixture article M' }
			]
		});
	});

	it('names the article, not a person, for the article’s own reporting', () => {
		const slide = deck[5];
		if (slide.kind !== 'phase') throw new Error('not a phase slide');
		expect(slide.quotes[0]).toEqual({
			id: 'fixture-believed-alive',
			text: 'Fixture reporting: five of the twelve fixture hostages are believed to be alive.',
			speaker: 'Fixture article C',
			speech: 'The article’s reporting',
			source: 'Fixture article C'
		});
	});

	it('leaves out a quote too long for a slide and takes the next ones', () => {
		const slide = deck[9];
		if (slide.kind !== 'phase') throw new Error('not a phase slide');
		// "fixture-long" is over the limit
		expect(slide.quotes.map((q) => q.id)).toEqual(['fixture-board', 'fixture-detainees']);
	});

	it('asks the phase’s questions on its discussion slide', () => {
		expect(deck[3]).toEqual({
			n: 4,
			kind: 'discussion',
			label: 'Discussion: Fixture phase one',
			phaseId: 'phase-one',
			kicker: 'Discuss · Phase 1 of 3',
			title: 'Fixture phase one',
			questions: ['Fixture question on fixture phase one?']
		});
	});

	it('says on each phase’s since slide where it stood at the talks and now, each with its date', () => {
		expect(deck[8]).toMatchObject({
			kind: 'since',
			kicker: 'Since the talks · Phase 2 of 3',
			title: 'Fixture phase two',
			talks: { status: 'under-negotiation', label: 'Under negotiation', glyph: '⇄', asOf: '5–7 October 2025' },
			now: { label: 'Partly carried out', glyph: '◑', tone: 'part', asOf: 'reporting gathered up to 1 July 2026' },
			note: 'Fixture: phase two now partly carried out.',
			question: 'Fixture question on fixture phase two since the talks?'
		});
	});

	it('lists the key events in time order, each with a dated source', () => {
		const slide = deck[8];
		if (slide.kind !== 'since') throw new Error('not a since slide');
		expect(slide.events).toEqual([
			{
				id: 'fixture-event-two',
				when: '5 Oct 2025',
				title: 'Fixture event two',
				source: 'Fixture article C (Fixture Wire), about 6 Oct 2025'
			},
			{
				id: 'fixture-event-four',
				when: 'Mar 2026',
				title: 'Fixture event four',
				source: 'Fixture Paper, Mar 2026'
			}
		]);
		expect(slide.more).toBe(0);
	});

	it('gives the presenter notes to read out: the status then and now, every doubt, where the sources are', () => {
		const slide = deck[12];
		if (slide.kind !== 'since') throw new Error('not a since slide');
		expect(slide.notes).toEqual([
			'At the talks (5–7 October 2025) this phase was not yet addressed. Fixture status note of fixture phase three.',
			'Now (reporting gathered up to 1 July 2026): not carried out. Fixture: phase three not carried out.',
			'⚠ Fixture caveat on phase three.',
			'⚠ On “Fixture event three”: Fixture caveat: the fixture sources differ.',
			'Each event on the slide names one of its sources, with its date; the phase’s page lists them all, with links.'
		]);
		expect(slide.caveat).toBe('Fixture caveat on phase three.');
		expect(slide.events).toEqual([
			{
				id: 'fixture-event-three',
				when: '15 Jan 2026 – 20 Jan 2026',
				title: 'Fixture event three',
				source: 'Fixture Wire, read on Fixture Mirror, 15 Jan 2026',
				doubt: '⚠ the reports differ or are thin'
			}
		]);
	});

	it('shortens glossary definitions to their first sentence, as plain text, and dates sources as inferred', () => {
		expect(deck[14]).toMatchObject({
			part: 2,
			parts: 2,
			entries: [
				{ term: 'Fixture term 09', definition: 'Fixture meaning of term 09 & more.' },
				{ term: 'Fixture term 10', definition: 'Fixture meaning of term 10.' }
			]
		});
		expect(deck[15]).toMatchObject({
			sources: [
				{
					label: 'Fixture article C',
					outlet: 'Fixture Wire',
					date: 'c. 6 October 2025',
					headline: 'Fixture headline of article C'
				},
				{ label: 'Fixture article K', outlet: null, date: '5 October 2025', headline: 'Fixture headline of article K' },
				{
					label: 'Fixture article M',
					outlet: null,
					date: 'c. 7 October 2025',
					headline: 'Fixture headline of article M'
				}
			]
		});
	});
});

describe('buildDeck with the real data: structure only', () => {
	const content = loadContentForTests();
	const deck = buildDeck(content);
	const glossarySlides = Math.ceil(content.glossary.length / GLOSSARY_PER_SLIDE);

	it('has a title, four slides a phase, the glossary and the sources, numbered from 1', () => {
		expect(deck).toHaveLength(1 + 4 * content.phases.length + glossarySlides + 1);
		expect(deck.map((s) => s.n)).toEqual(deck.map((_, i) => i + 1));
	});

	it('gives every phase slide one or two quotes from that phase, short ones where the phase has them', () => {
		const phaseSlides = deck.flatMap((s) => (s.kind === 'phase' ? [s] : []));
		expect(phaseSlides.map((s) => s.phaseId)).toEqual(content.phases.map((p) => p.id));
		for (const slide of phaseSlides) {
			const phaseQuotes = content.phaseById[slide.phaseId].quotes.map((e) => e.quote);
			expect(slide.quotes.length).toBeGreaterThanOrEqual(1);
			expect(slide.quotes.length).toBeLessThanOrEqual(2);
			for (const q of slide.quotes) {
				expect(phaseQuotes).toContain(q.id);
				expect(q.text.length).toBeLessThanOrEqual(QUOTE_MAX_CHARS);
			}
		}
	});

	it('follows each phase’s discussion with what happened since, up to four key events, the rest counted', () => {
		content.phases.forEach((phase) => {
			const at = deck.findIndex((s) => s.kind === 'discussion' && s.phaseId === phase.id);
			const slide = deck[at + 1];
			if (slide.kind !== 'since') throw new Error(`no since slide after ${phase.id}'s discussion`);
			expect(slide.phaseId).toBe(phase.id);
			expect(slide.events.length).toBeGreaterThanOrEqual(1);
			expect(slide.events.length).toBeLessThanOrEqual(SINCE_EVENTS_MAX);
			expect(slide.events.length + slide.more).toBe(phase.now.events.length);
			for (const e of slide.events) expect(phase.now.events).toContain(e.id);
			expect(slide.question).toBe(phase.now.question);
		});
	});
});
