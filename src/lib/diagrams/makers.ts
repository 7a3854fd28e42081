// Every kind of diagram made ready once per build from the content; each then makes its drawing for any phase.
import { citedQuotes } from '$lib/content/cite';
import type { Content, DiagramKind, DiagramState } from '$lib/content/types';
import type { Direction } from '$lib/editions/direction';
import type { Locale } from '$lib/paraglide/runtime';
import type { DiagramFormat } from './format';
import type { AnyDrawing, DiagramLayouts, DiagramSinceViews, DiagramTables, Drawing, PhaseSetting } from './drawing';
import { makeExchange } from './exchange/maker';
import { makeFigures } from './figures/maker';
import { makeGovernance } from './governance/maker';
import { makeMap } from './map/maker';
import type { Marker, NoteAnchor } from './markers';
import { makeSequence } from './sequence/maker';

/** One kind of diagram, ready to draw any phase: its layout and table (the same at every phase), and what changes. */
export interface DiagramMaker<K extends DiagramKind> {
	kind: K;
	/** The way the edition's text runs: labels read in it, in the places the layout gives them (nothing mirrors). */
	direction: Direction;
	layout: DiagramLayouts[K];
	table: DiagramTables[K];
	/** What happened since the talks (the same at every phase). */
	since: DiagramSinceViews[K];
	/** What the drawing shows at a phase, in a sentence or two. */
	describe(setting: PhaseSetting<K>, phaseId: string): string;
	/** Where the markers of a phase's quote notes go (src/lib/diagrams/markers.ts places them). */
	placeMarkers(notes: NoteAnchor[], setting: PhaseSetting<K>): Marker[];
}

export type DiagramMakers = { [K in DiagramKind]: DiagramMaker<K> };

/**
 * Each kind's maker for drawings in one format and one edition, made from that edition's content: every layout is
 * worked out here, once, in the edition's words and direction. docs/editions-diagrams.md says why no diagram mirrors in
 * a right-to-left edition.
 */
export function diagramMakers(content: Content, format: DiagramFormat = 'page', locale: Locale = 'en'): DiagramMakers {
	return {
		sequence: makeSequence(content, format, locale),
		exchange: makeExchange(content, format, locale),
		map: makeMap(content, format, locale),
		governance: makeGovernance(content, format, locale),
		figures: makeFigures(content, format, locale)
	};
}

/** Whether a drawing carries the phase's quote notes, or shows none (slides and the handout show quotes as text). */
export type NotesShown = 'with-notes' | 'without-notes';

/** Whether a drawing carries its kind's view of what happened since the talks, or the plan only (the deck's slides). */
export type ViewsShown = 'plan-and-since' | 'plan-only';

/** The drawing of one diagram at one phase. */
export function drawingOf(
	makers: DiagramMakers,
	content: Content,
	phaseId: string,
	state: DiagramState,
	notes: NotesShown,
	views: ViewsShown = 'plan-and-since'
): AnyDrawing {
	const made = { content, phaseId, notes, views };
	switch (state.kind) {
		case 'sequence':
			return draw(makers.sequence, state, made);
		case 'exchange':
			return draw(makers.exchange, state, made);
		case 'map':
			return draw(makers.map, state, made);
		case 'governance':
			return draw(makers.governance, state, made);
		case 'figures':
			return draw(makers.figures, state, made);
	}
}

/** A phase's drawing of one kind, where the phase draws it. */
export function phaseDrawing<K extends DiagramKind>(
	makers: DiagramMakers,
	content: Content,
	phaseId: string,
	kind: K,
	notes: NotesShown,
	views: ViewsShown = 'plan-and-since'
): Drawing<K> | undefined {
	const state = content.phaseById[phaseId].diagrams.find(
		(d): d is Extract<DiagramState, { kind: K }> => d.kind === kind
	);
	return state && draw(makers[kind], state, { content, phaseId, notes, views });
}

/** The drawing a kind's maker makes of a diagram's state at a phase. */
export function draw<K extends DiagramKind>(
	maker: DiagramMaker<K>,
	{ kind: _, annotations, ...setting }: Extract<DiagramState, { kind: K }>,
	{
		content,
		phaseId,
		notes: shown,
		views = 'plan-and-since'
	}: { content: Content; phaseId: string; notes: NotesShown; views?: ViewsShown }
): Drawing<K> {
	const cited = citedQuotes(content);
	// Numbered in the order the phase lists them: the number links a marker in the drawing to its note.
	const notes =
		shown === 'with-notes' ? annotations.map((a, i) => ({ n: i + 1, anchor: a.anchor, quote: cited[a.quote] })) : [];
	return {
		kind: maker.kind,
		direction: maker.direction,
		phaseId,
		setting,
		layout: maker.layout,
		table: maker.table,
		notes,
		markers: maker.placeMarkers(notes, setting),
		description: maker.describe(setting, phaseId),
		since: views === 'plan-and-since' ? maker.since : null
	};
}
