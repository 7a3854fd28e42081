import { describe, expect, it } from 'vitest';
import { loadContentForTests } from '$lib/content/test-content';
import type { Content, Phase, Quote, Source } from '$lib/content/types';
import {
	buildDeck,
	firstSentence,
	GLOSSARY_PER_SLIDE,
	pickQuotes,
	plainText,
	QUOTE_MAX_CHARS,
	slideQuote
} from './deck';

/** A text of n characters in five-letter words, as a quote wraps. */
const text = (n: number) => Array.from({ length: n }, (_, i) => (i % 5 === 4 && i < n - 1 ? ' ' : 'a')).join('');

describe('pickQuotes', () => {
	// At 58 characters a line: 100 characters (with quote marks) wrap to 2 lines, 162 px (2 × 47 + 44 caption + 24 padding);
	// a second quote adds a 28 px gap. 80 and 60 characters also wrap to 2 lines.
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
	speaker: 'Mustafa Barghouti',
	speakerKind: 'person',
	role: 'Palestinian politician',
	speech: 'reported',
	tags: { phases: [], points: [], actors: [], figures: [] },
	...extra
});
const phase = (id: string, points: number[], quotes: string[]): Phase =>
	({
		id,
		title: `Title of ${id}`,
		points,
		status: 'disputed',
		questions: [`Question on ${id}?`],
		notes: [`Note on ${id}`],
		quotes: quotes.map((q) => ({ quote: q, annotates: 'x' })),
		diagrams: [
			{ kind: 'map', stage: 'yellow', annotations: [{ quote: quotes[0], anchor: 'yellow' }] },
			{ kind: 'sequence', annotations: [] }
		]
	}) as unknown as Phase;

/** Two phases, ten glossary terms, two sources: small enough to work out every slide by hand. */
function smallContent(): Content {
	const phases = [phase('first', [3], ['short', 'long', 'own-words']), phase('second', [4, 5], ['reporting'])];
	const quotes = [
		quote('short', 80),
		quote('long', 400),
		quote('own-words', 60, { speech: 'direct', speaker: 'Antonio Guterres' }),
		quote('reporting', 90, { speakerKind: 'reporting', speaker: 'Reporting' })
	];
	const sources = [source('c', 'Al Jazeera'), source('b', null)];
	return {
		phases,
		phaseById: Object.fromEntries(phases.map((p) => [p.id, p])),
		quoteById: Object.fromEntries(quotes.map((q) => [q.id, q])),
		sources,
		sourceById: Object.fromEntries(sources.map((s) => [s.id, s])),
		pointByNumber: {
			3: { title: 'Immediate end to the war' },
			4: { title: 'Hostages within 72 hours' },
			5: { title: 'Prisoner releases' }
		},
		glossary: Array.from({ length: 10 }, (_, i) => ({
			id: `t${i}`,
			term: `Term ${i}`,
			definition: `<p>Meaning ${i}. More.</p>`
		}))
	} as unknown as Content;
}

describe('buildDeck: phases → slides', () => {
	const deck = buildDeck(smallContent());

	it('runs title, each phase then its discussion, the glossary in slides of eight, the sources', () => {
		expect(deck.map((s) => `${s.n} ${s.kind} ${s.phaseId ?? '-'}`)).toEqual([
			'1 title -',
			'2 phase first',
			'3 discussion first',
			'4 phase second',
			'5 discussion second',
			'6 glossary -', // terms 0 to 7
			'7 glossary -', // terms 8 and 9
			'8 sources -'
		]);
		expect(deck.map((s) => s.label)).toEqual([
			'Title',
			'Phase 1 of 2: Title of first',
			'Discussion: Title of first',
			'Phase 2 of 2: Title of second',
			'Discussion: Title of second',
			'Glossary (1 of 2)',
			'Glossary (2 of 2)',
			'Sources'
		]);
	});

	it('puts the phase’s main diagram on its slide, without quote markers, with the points and short quotes', () => {
		const slide = deck[1];
		if (slide.kind !== 'phase') throw new Error('not a phase slide');
		expect(slide.diagram).toEqual({ kind: 'map', stage: 'yellow', annotations: [] });
		expect(slide.points).toEqual([{ number: 3, title: 'Immediate end to the war' }]);
		expect(slide.quotes.map((q) => q.id)).toEqual(['short', 'own-words']); // "long" is over the limit
		expect(slide.quotes[1]).toMatchObject({
			speaker: 'Antonio Guterres',
			speech: 'In their own words',
			source: 'Article C'
		});
	});

	it('names the article, not a person, for the article’s own reporting', () => {
		const slide = deck[3];
		if (slide.kind !== 'phase') throw new Error('not a phase slide');
		expect(slide.quotes).toEqual([
			{ id: 'reporting', text: text(90), speaker: 'Article C', speech: 'The article’s reporting', source: 'Article C' }
		]);
	});

	it('asks the phase’s questions on its discussion slide', () => {
		expect(deck[2]).toMatchObject({
			kind: 'discussion',
			title: 'Title of first',
			questions: ['Question on first?'],
			kicker: 'Discuss · Phase 1 of 2'
		});
	});

	it('shortens glossary definitions to their first sentence, and dates sources as inferred', () => {
		expect(deck[6]).toMatchObject({
			part: 2,
			parts: 2,
			entries: [
				{ term: 'Term 8', definition: 'Meaning 8.' },
				{ term: 'Term 9', definition: 'Meaning 9.' }
			]
		});
		expect(deck[7]).toMatchObject({
			sources: [
				{ label: 'Article C', outlet: 'Al Jazeera', date: 'c. 6 October 2025', headline: 'Headline of c' },
				{ label: 'Article B', outlet: null, date: 'c. 6 October 2025', headline: 'Headline of b' }
			]
		});
	});

	it('keeps the quote text word for word', () => {
		const q = quote('q', 10, { text: 'He said: “no ceasefire”.' });
		expect(slideQuote(q, source('c', null)).text).toBe('He said: “no ceasefire”.');
	});
});

describe('buildDeck with the real data', () => {
	const content = loadContentForTests();
	const deck = buildDeck(content);
	const glossarySlides = Math.ceil(content.glossary.length / GLOSSARY_PER_SLIDE);

	it('has a title, two slides a phase, the glossary and the sources, numbered from 1', () => {
		expect(deck).toHaveLength(1 + 2 * content.phases.length + glossarySlides + 1);
		expect(deck.map((s) => s.n)).toEqual(deck.map((_, i) => i + 1));
	});

	it('gives every phase slide one or two quotes from that phase, short ones where the phase has them', () => {
		for (const slide of deck) {
			if (slide.kind !== 'phase') continue;
			const phaseQuotes = content.phaseById[slide.phaseId].quotes.map((e) => e.quote);
			expect(slide.quotes.length).toBeGreaterThanOrEqual(1);
			expect(slide.quotes.length).toBeLessThanOrEqual(2);
			for (const q of slide.quotes) {
				expect(phaseQuotes).toContain(q.id);
				expect(q.text.length).toBeLessThanOrEqual(QUOTE_MAX_CHARS);
			}
		}
	});
});
