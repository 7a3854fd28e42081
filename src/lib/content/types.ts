// The validated, indexed content: what the build reads to make each page's data (src/lib/server/).
import type {
	Actor,
	Figure,
	GlossaryEntry,
	GovernanceChart,
	LessonPlan,
	MapLine,
	OrderDispute,
	Outline,
	Phase,
	Place,
	Point,
	PhaseNow,
	Quote,
	Relation,
	Report,
	Reporting,
	Source,
	Theme,
	TimelineEvent,
	TrackerEntry
} from './schema';
import type { PartialDate } from './dates';
export type * from './schema';
export type * from './since-words';
export type * from './talks-words';

/** A status now, with the date of the latest event it rests on, computed at build time (never stored). */
export interface Latest {
	/** The end (or date) of the latest event the status rests on; undefined when it rests on none. */
	latestEventDate?: PartialDate;
}
export type TrackedPoint = TrackerEntry & Latest;
export type PhaseWithNow = Omit<Phase, 'now'> & { now: PhaseNow & Latest };

/** The articles' dates: the span the phases' talks-time status (`status`) speaks for. */
export interface TalksAsOf {
	start: string;
	end: string;
}

/**
 * Everything in data/, validated; markdown fields (phase body, point summary, glossary definition) hold sanitized HTML.
 */
export interface Content {
	sources: Source[];
	quotes: Quote[];
	themes: Theme[];
	points: Point[];
	phases: PhaseWithNow[];
	/** The teacher's plan for each phase: its time in class, its aims, its activity at two levels. */
	lessonPlanByPhase: Record<string, LessonPlan>;
	figures: Figure[];
	orderDisputes: OrderDispute[];
	actors: Actor[];
	relations: Relation[];
	governanceChart: GovernanceChart;
	/** In timeline order: by first day, then the earlier-ending first. */
	events: TimelineEvent[];
	/** The date the product speaks of the present from: "reporting gathered up to …". */
	reporting: Reporting;
	/** When the phases' talks-time status holds: from the earliest article's date to the latest's. */
	talksAsOf: TalksAsOf;
	/** Later reports, cited by events, tracker and figures; never quoted. */
	reports: Report[];
	/** The 20 points in order, each with its status now. */
	tracker: TrackedPoint[];
	glossary: GlossaryEntry[];
	places: Place[];
	lines: MapLine[];
	outline: Outline;
	sourceById: Record<string, Source>;
	quoteById: Record<string, Quote>;
	phaseById: Record<string, PhaseWithNow>;
	pointByNumber: Record<number, Point>;
	figureById: Record<string, Figure>;
	actorById: Record<string, Actor>;
	reportById: Record<string, Report>;
	eventById: Record<string, TimelineEvent>;
	trackerByPoint: Record<number, TrackedPoint>;
}
