// The slice of the content a page needs, so it carries only what it draws (same types, less data).
import { EXCHANGE_FIGURES } from '$lib/diagrams/exchange/describe';
import { drawnFigures } from '$lib/diagrams/figures/describe';
import { layoutOf } from './layout-of';
import { withoutIndexes, type ContentLists } from './indexes';
import type { Content } from './types';

/** The raw geography the map's layout was worked out from at build time: no page draws from it. */
const withoutGeography = (content: Content) => ({
	lines: [],
	outline: { ...content.outline, gaza: [], israel: [], egypt: [] }
});

/**
 * One phase of the stepper: the phase in full, with its points, quotes and the layouts of the diagrams it draws; of the
 * other phases, what the progress strip and the sequence diagram show (title, trigger, status) and which
 * diagrams they draw (for the Embed dialog), without their quote markers.
 */
export function phaseSlice(content: Content, phaseId: string): ContentLists {
	const current = content.phaseById[phaseId];
	const used = new Set([
		...current.quotes.map((q) => q.quote),
		...current.diagrams.flatMap((d) => d.annotations.map((a) => a.quote))
	]);
	// A quote card shows the words, the speaker and the article; the quote's index tags serve the sources page.
	const quotes = content.quotes
		.filter((q) => used.has(q.id))
		.map((q) => ({ ...q, tags: { phases: [], points: [], actors: [], figures: [] } }));
	const phases = content.phases.map((p) =>
		p.id === phaseId
			? { ...p, notes: [], questions: [] }
			: // The sequence's layout already carries each condition's words.
				{
					...p,
					summary: '',
					condition: '',
					body: '',
					points: [],
					notes: [],
					questions: [],
					quotes: [],
					diagrams: p.diagrams.map((d) => ({ ...d, annotations: [] }))
				}
	);
	const points = content.points
		.filter((p) => current.points.includes(p.number))
		.map((p) => ({ ...p, summary: '', keyFigures: [] }));
	// Of the ledger, the figures its diagrams draw; the actors and their relations, the towns and the order disputes only to
	// a page whose diagrams read them.
	const drawn = new Set(current.diagrams.map((d) => d.kind));
	const layouts: Content['layouts'] = Object.fromEntries(
		current.diagrams.map((d) => [d.kind, content.layouts[d.kind]])
	);
	// The map's markers were placed at build time: this phase's only, without what their search avoided.
	if (layouts.map)
		layouts.map = {
			...layouts.map,
			markers: { [phaseId]: layouts.map.markers[phaseId] },
			taken: [],
			sides: { east: [], west: [] }
		};
	// A quote's caption names its article, outlet and date; the notes on them are on the sources page.
	const sources = content.sources.map(({ outletNote: _outletNote, dateNote: _dateNote, ...s }) => ({
		...s,
		file: '',
		headline: ''
	}));
	const figureIds = new Set([
		...(drawn.has('figures') ? drawnFigures(layoutOf(content, 'figures').rows) : []),
		...(drawn.has('exchange') ? EXCHANGE_FIGURES : [])
	]);
	const figures = content.figures.filter((f) => figureIds.has(f.id));
	const relations = drawn.has('governance') ? content.relations : [];
	const places = drawn.has('map') ? content.places : [];
	const orderDisputes = drawn.has('sequence') ? content.orderDisputes : [];
	const named = new Set(relations.flatMap((r) => [r.from, r.to]));
	const actors = content.actors.filter((a) => named.has(a.id));
	return {
		...withoutIndexes(content),
		lines: [],
		// The stepper shows neither the points' themes nor the geography's credit: the points and sources pages do.
		themes: [],
		outline: { source: '', license: '', gaza: [], israel: [], egypt: [] },
		sources,
		quotes,
		phases,
		points,
		places,
		orderDisputes,
		events: [],
		glossary: [],
		figures,
		relations,
		actors,
		layouts
	};
}

/**
 * The classroom deck, its notes window and its handout: every phase, diagram, question and note, the glossary and the
 * sources; not the phases' long reading (the stepper's), the timeline, the points' summaries, the quote markers (slides
 * show their quotes as text) or the raw geography the map's layout was worked out from.
 */
export function deckSlice(content: Content): ContentLists {
	const phases = content.phases.map((p) => ({
		...p,
		body: '',
		diagrams: p.diagrams.map((d) => ({ ...d, annotations: [] }))
	}));
	const used = new Set(phases.flatMap((p) => p.quotes.map((q) => q.quote)));
	const quotes = content.quotes.filter((q) => used.has(q.id));
	const points = content.points.map((p) => ({ ...p, summary: '', keyFigures: [] }));
	return { ...withoutIndexes(content), ...withoutGeography(content), phases, quotes, points, events: [] };
}
