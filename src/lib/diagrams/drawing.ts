// What one diagram draws at one phase, made at build time: the one prop of every diagram component.
import type { CitedQuote } from '$lib/content/cite';
import type { DiagramKind, DiagramState } from '$lib/content/types';
import type { Direction } from '$lib/editions/direction';
import type { ExchangeRow } from './exchange/describe';
import type { ExchangeLayout } from './exchange/layout';
import type { ExchangeSince } from './exchange/since';
import type { FiguresTable } from './figures/describe';
import type { FiguresLayout } from './figures/layout';
import type { FiguresSince } from './figures/since';
import type { RelationRow } from './governance/describe';
import type { GovernanceLayout } from './governance/layout';
import type { GovernanceSince } from './governance/since';
import type { StageRow } from './map/describe';
import type { MapLayout } from './map/layout';
import type { MapSince } from './map/since';
import type { Marker } from './markers';
import type { SequenceRow } from './sequence/describe';
import type { SequenceLayout } from './sequence/layout';
import type { SequenceSince } from './sequence/since';
import type { DiagramView } from './view';

/** Each kind's geometry, worked out once per build and the same at every phase. */
export interface DiagramLayouts {
	sequence: SequenceLayout;
	exchange: ExchangeLayout;
	map: MapLayout;
	governance: GovernanceLayout;
	figures: FiguresLayout;
}

/** Each kind's data as a table, for its text alternative; the same at every phase. */
export interface DiagramTables {
	sequence: SequenceRow[];
	exchange: ExchangeRow[];
	map: StageRow[];
	governance: RelationRow[];
	figures: FiguresTable;
}

/** Each kind's view of what happened since the talks, made once per build and the same at every phase. */
export interface DiagramSinceViews {
	sequence: SequenceSince;
	exchange: ExchangeSince;
	map: MapSince;
	governance: GovernanceSince;
	figures: FiguresSince;
}

/** Any kind's since view. */
export type AnySinceView = DiagramSinceViews[DiagramKind];

/** What a phase sets on a diagram of this kind (a map's stage, the exchange's step, a focus), without its quotes. */
export type PhaseSetting<K extends DiagramKind> = Omit<Extract<DiagramState, { kind: K }>, 'kind' | 'annotations'>;

/** A quote noted on a diagram: its number, which the marker in the drawing shows, and what it speaks about. */
export interface QuoteNote {
	n: number;
	anchor: string;
	quote: CitedQuote;
}

export interface Drawing<K extends DiagramKind = DiagramKind> {
	kind: K;
	/** The way its labels read: its edition's (the frame sets it on the figure, as the figure's `dir`). */
	direction: Direction;
	/** The phase this drawing shows. */
	phaseId: string;
	setting: PhaseSetting<K>;
	layout: DiagramLayouts[K];
	table: DiagramTables[K];
	/** The quotes noted on it, and their markers; none where the view shows its quotes otherwise (slides, handout). */
	notes: QuoteNote[];
	markers: Marker[];
	/** A sentence or two that say what the drawing shows, from the same data: the start of its text alternative. */
	description: string;
	/** What happened since the talks, for the since view; null where the page shows the plan only (the deck). */
	since: DiagramSinceViews[K] | null;
}

/** A drawing of any one kind. */
export type AnyDrawing = { [K in DiagramKind]: Drawing<K> }[DiagramKind];

/** The props of every diagram component. */
export interface DiagramProps<K extends DiagramKind> {
	drawing: Drawing<K>;
	/** What the plan set out (the default), or what happened since the talks beside it. */
	view?: DiagramView;
}
