// Builds the classroom deck from the content: a title slide, each phase's slide, its diagram on the whole stage, its
// discussion and what happened since the talks, the glossary, the sources.
import { talksStatusText } from '$lib/content/talks-words';
import type { Content, Phase, Quote, Source, TalksStatus } from '$lib/content/types';
import type { StatusTone } from '$lib/since/status-marks';
import { COLUMN_HEIGHT, headerHeight, pointsHeight, quoteHeight } from './fit';
import { longDate } from '$lib/format/format';
import { m } from '$lib/paraglide/messages';
import { sinceSlide } from './since-slide';

/** A quote as a slide shows it: the words, who said them, how, and from which article. */
export interface SlideQuote {
	id: string;
	text: string;
	/** Our translation of the words, in the Arabic and Hebrew editions. */
	translation?: string;
	/** The speaker, or the article itself when the words are its own reporting. */
	speaker: string;
	/** "In their own words", "Reported speech" or "The article’s reporting": kept apart, never blurred. */
	speech: string;
	/** The article's label ("Article C"); the sources slide says which outlet, where the text names one. */
	source: string;
}

/** An article as the sources slide and the handout list it. */
export interface ArticleLine {
	label: string;
	outlet: string | null;
	/** As printed, e.g. "c. 6 October 2025". */
	date: string;
	headline: string;
}

/** A status as the since slide writes it: its words and shape, and the date it holds for. */
export interface SinceStatus {
	label: string;
	glyph: string;
	asOf: string;
}

/** An event on a "since the talks" slide: when, what, and the first source that reports it. */
export interface SinceEvent {
	id: string;
	/** "13 Oct 2025", "Oct 2025 – Dec 2025" */
	when: string;
	title: string;
	/** The outlet (and where it was read), its date, and how many more sources report it:
	 *  "AP, read on Daijiworld, 11 Dec 2025, and 1 more source". */
	source: string;
	/** "⚠ …" where the sources differ or are thin; the notes and the phase's page say how. */
	doubt?: string;
}

export interface SlidePoint {
	number: number;
	title: string;
}

interface SlideBase {
	/** 1-based position in the deck, as in the URL. */
	n: number;
	/** What the presenter sees in the notes window and a screen reader hears. */
	label: string;
	/** The phase whose speaker notes and questions go with this slide, if any. */
	phaseId: string | null;
}

export type Slide =
	| (SlideBase & { kind: 'title'; title: string; subtitle: string; agenda: string[] })
	| (SlideBase & {
			kind: 'phase';
			phaseId: string;
			/** "Phase 2 of 6" */
			kicker: string;
			title: string;
			status: Phase['status'];
			/** "⇄ Under negotiation": the status in the deck's edition, as one line of text. */
			statusText: string;
			points: SlidePoint[];
			quotes: SlideQuote[];
	  })
	| (SlideBase & {
			kind: 'stage';
			phaseId: string;
			/** "Phase 2 of 6 · Its diagram" */
			kicker: string;
			title: string;
	  })
	| (SlideBase & { kind: 'discussion'; phaseId: string; kicker: string; title: string; questions: string[] })
	| (SlideBase & {
			kind: 'since';
			phaseId: string;
			/** "Since the talks · Phase 2 of 6" */
			kicker: string;
			title: string;
			/** Its status at the talks and the articles' dates; its status now and the gathered-up-to phrase. */
			talks: SinceStatus & { status: TalksStatus };
			now: SinceStatus & { tone: StatusTone };
			/** The status now in our words, and ⚠ where the reporting disagrees or is thin. */
			note: string;
			caveat?: string;
			/** The key events it rests on, each with its first source's outlet and date. */
			events: SinceEvent[];
			/** How many more events the phase's page lists. */
			more: number;
			/** What the presenter reads out, in the notes window. */
			notes: string[];
			/** The question for the class. */
			question: string;
	  })
	| (SlideBase & { kind: 'glossary'; part: number; parts: number; entries: { term: string; definition: string }[] })
	| (SlideBase & {
			kind: 'sources';
			sources: ArticleLine[];
	  });

export type SlideKind = Slide['kind'];

/** Quotes longer than this do not fit a slide at a size the back row can read. */
export const QUOTE_MAX_CHARS = 190;
/** Sixteen terms at the size a room can read: two slides of eight. */
export const GLOSSARY_PER_SLIDE = 8;
/**
 * Up to two quotes for a phase's slide: the phase's first quotes that are short enough and fit in the `room`
 * (pixels) the column has left. Always at least one (the shortest, if none fits).
 */
export function pickQuotes<Q extends { text: string }>(quotes: Q[], room: number, max = 2): Q[] {
	const picked: Q[] = [];
	let left = room;
	for (const q of quotes) {
		if (picked.length >= max) break;
		const height = quoteHeight(q.text, picked.length === 0);
		if (q.text.length > QUOTE_MAX_CHARS || height > left) continue;
		picked.push(q);
		left -= height;
	}
	if (picked.length === 0 && quotes.length > 0) {
		picked.push(quotes.reduce((a, b) => (b.text.length < a.text.length ? b : a)));
	}
	return picked;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': '’', apos: '’', nbsp: ' ' };

/** Rendered markdown as plain text: tags dropped, the few entities a sanitizer writes decoded. */
export function plainText(html: string): string {
	return html
		.replace(/<\/?(?:p|br|li|ul|ol|h\d|div|blockquote)\b[^>]*>/g, ' ')
		.replace(/<[^>]*>/g, '')
		.replace(/&(amp|lt|gt|quot|#39|apos|nbsp);/g, (_, name: string) => entities[name])
		.replace(/\s+/g, ' ')
		.trim();
}

/** The first sentence: a full stop, question or exclamation mark followed by a space and a capital or a digit. */
export function firstSentence(text: string): string {
	const match = /^.+?[.!?](?=\s+["“‘(]?[A-Z0-9])/.exec(text);
	return match ? match[0] : text;
}

const speechLabel = (q: Quote) =>
	q.speakerKind === 'reporting'
		? m.deck_speech_reporting()
		: q.speech === 'direct'
			? m.deck_speech_direct()
			: m.deck_speech_reported();

export function slideQuote(q: Quote, source: Source): SlideQuote {
	return {
		id: q.id,
		text: q.text,
		...(q.translation ? { translation: q.translation } : {}),
		speaker: q.speakerKind === 'reporting' ? source.label : q.speaker,
		speech: speechLabel(q),
		source: source.label
	};
}

export const articleDate = (s: Source) =>
	s.dateInferred ? m.deck_date_inferred({ date: longDate(s.date) }) : longDate(s.date);

export const articleLines = (sources: Source[]): ArticleLine[] =>
	sources.map((s) => ({ label: s.label, outlet: s.outlet, date: articleDate(s), headline: s.headline }));

type Unnumbered<S> = S extends Slide ? Omit<S, 'n'> : never;

export function buildDeck(content: Content): Slide[] {
	const count = content.phases.length;
	const slides: Unnumbered<Slide>[] = [
		{
			kind: 'title',
			label: m.deck_title_label(),
			phaseId: null,
			title: m.deck_plan_title(),
			subtitle: m.deck_title_subtitle(),
			agenda: content.phases.map((p) => p.title)
		}
	];
	content.phases.forEach((phase, i) => {
		const kicker = m.deck_phase_of({ n: i + 1, count });
		const points = phase.points.map((n) => ({ number: n, title: content.pointByNumber[n].title }));
		const room = COLUMN_HEIGHT - headerHeight(phase.title) - pointsHeight(points.map((p) => p.title));
		const quotes = pickQuotes(
			phase.quotes.map((e) => content.quoteById[e.quote]),
			room
		).map((q) => slideQuote(q, content.sourceById[q.source]));
		slides.push({
			kind: 'phase',
			label: m.deck_phase_label({ kicker, title: phase.title }),
			phaseId: phase.id,
			kicker,
			title: phase.title,
			status: phase.status,
			statusText: talksStatusText(phase.status),
			points,
			quotes
		});
		slides.push({
			kind: 'stage',
			label: m.deck_stage_label({ kicker, title: phase.title }),
			phaseId: phase.id,
			kicker: m.deck_stage_kicker({ kicker }),
			title: phase.title
		});
		slides.push({
			kind: 'discussion',
			label: m.deck_discussion_label({ title: phase.title }),
			phaseId: phase.id,
			kicker: m.deck_discussion_kicker({ kicker }),
			title: phase.title,
			questions: phase.questions
		});
		slides.push(sinceSlide(content, phase, kicker));
	});
	const glossary = content.glossary.map((g) => ({ term: g.term, definition: firstSentence(plainText(g.definition)) }));
	const parts = Math.ceil(glossary.length / GLOSSARY_PER_SLIDE);
	for (let part = 1; part <= parts; part++) {
		const entries = glossary.slice((part - 1) * GLOSSARY_PER_SLIDE, part * GLOSSARY_PER_SLIDE);
		slides.push({
			kind: 'glossary',
			label: parts > 1 ? m.deck_glossary_label_part({ part, parts }) : m.deck_glossary(),
			phaseId: null,
			part,
			parts,
			entries
		});
	}
	slides.push({
		kind: 'sources',
		label: m.deck_sources(),
		phaseId: null,
		sources: articleLines(content.sources)
	});
	return slides.map((slide, i) => ({ ...slide, n: i + 1 }) as Slide);
}
