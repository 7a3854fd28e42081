// The validated, indexed content: what the build reads to make each page's data (src/lib/server/).
import type {
	Actor,
	Figure,
	GlossaryEntry,
	GovernanceChart,
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
export type * from './schema';

/**
 * Everything in data/, validated; markdown fields (phase body, point summary, glossary definition) hold sanitized HTML.
 */
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
	governanceChart: GovernanceChart;
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
}
