// The validated, indexed content, with the diagrams' layouts, that flows down from the loader to every page and diagram.
import type {
	Actor,
	Figure,
	GlossaryEntry,
	MapLine,
	OrderDispute,
	Outline,
	Phase,
	Place,
	Point,
	Quote,
	Relation,
	Source,
	Theme,
	TimelineEvent
} from './schema';
import type { ExchangeLayout } from '$lib/diagrams/exchange/layout';
import type { FiguresLayout } from '$lib/diagrams/figures/layout';
import type { GovernanceLayout } from '$lib/diagrams/governance/layout';
import type { MapLayout } from '$lib/diagrams/map/layout';
import type { SequenceLayout } from '$lib/diagrams/sequence/layout';

export type * from './schema';

/** Each diagram's layout, computed once from the content at build time (the map's with each phase's quote markers). */
export interface DiagramLayouts {
	sequence: SequenceLayout;
	exchange: ExchangeLayout;
	map: MapLayout;
	governance: GovernanceLayout;
	figures: FiguresLayout;
}

/** Everything in data/, validated; markdown fields (phase body, point summary, glossary definition) hold sanitized HTML. */
export interface Content {
	sources: Source[];
	quotes: Quote[];
	themes: Theme[];
	points: Point[];
	phases: Phase[];
	figures: Figure[];
	orderDisputes: OrderDispute[];
	actors: Actor[];
	relations: Relation[];
	events: TimelineEvent[];
	glossary: GlossaryEntry[];
	places: Place[];
	lines: MapLine[];
	outline: Outline;
	sourceById: Record<string, Source>;
	quoteById: Record<string, Quote>;
	phaseById: Record<string, Phase>;
	pointByNumber: Record<number, Point>;
	figureById: Record<string, Figure>;
	actorById: Record<string, Actor>;
	/** Plain data (coordinates to a tenth of a unit, paths as strings): the browser draws it and only works out the highlighting. All five at build time; a page gets those it draws (layoutOf reads them). */
	layouts: Partial<DiagramLayouts>;
}
