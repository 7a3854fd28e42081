// The typed schema of everything in data/: each file's shape, checked at build time.
import { z } from 'zod';
import { id, isoDate, markdown, partialDate, pointNumber, text } from './schema-parts';
import {
	BodyNowSchema,
	EventSchema,
	PhaseNowSchema,
	ReportingSchema,
	ReportSchema,
	TrackerEntrySchema
} from './schema-since';
import { talksStatuses, type TalksStatus } from './talks-words';

export * from './schema-since';

export { diagramKinds, type DiagramKind } from './diagram-kinds';

export const SourceSchema = z.strictObject({
	id,
	/** The file name of the article text, as in the seeds folder. */
	file: z.string().regex(/^[\w.-]+\.txt$/, 'a .txt file name'),
	/** Only where the article's text itself names its outlet. */
	outlet: text.nullable(),
	outletNote: text.optional(),
	date: isoDate,
	dateInferred: z.boolean(),
	dateNote: text.optional(),
	headline: text,
	/** Our translation of the headline, in an edition's data only (data/translations/): the English has none. */
	headlineTranslation: text.optional(),
	language: z.string().regex(/^[a-z]{2}$/, 'a two-letter language code'),
	/** Short label readers see next to a quote, e.g. "Article C". */
	label: text
});

export const QuoteSchema = z.strictObject({
	id,
	source: id,
	text,
	/** Our translation of text, in an edition's data only (data/translations/): the English has none. */
	translation: text.optional(),
	speaker: text,
	/** person | government | reporting (the article's own voice) | organisation */
	speakerKind: z.enum(['person', 'government', 'organisation', 'reporting']),
	role: text,
	/** direct: the speaker's own words in quotation marks; reported: the article's paraphrase. */
	speech: z.enum(['direct', 'reported']),
	actor: id.optional(),
	tags: z.strictObject({
		phases: z.array(id).default([]),
		points: z.array(pointNumber).default([]),
		actors: z.array(id).default([]),
		figures: z.array(id).default([])
	})
});

export const PointSchema = z.strictObject({
	number: pointNumber,
	title: text,
	summary: markdown,
	theme: id,
	phases: z.array(id).min(1, 'at least one phase'),
	keyFigures: z.array(text).default([])
});

export const ThemeSchema = z.strictObject({ id, label: text });

const annotation = z.strictObject({
	quote: id,
	/** The element of the diagram the quote speaks about (a phase id, an actor id, a figure id, a map feature ...). */
	anchor: id
});

export const DiagramStateSchema = z.discriminatedUnion('kind', [
	z.strictObject({ kind: z.literal('sequence'), annotations: z.array(annotation).default([]) }),
	z.strictObject({
		kind: z.literal('exchange'),
		/** What has been exchanged by this phase. */
		step: z.enum(['terms', 'hostages-released', 'prisoners-released', 'remains']),
		annotations: z.array(annotation).default([])
	}),
	z.strictObject({
		kind: z.literal('map'),
		stage: z.enum(['before', 'yellow', 'second', 'buffer']),
		annotations: z.array(annotation).default([])
	}),
	z.strictObject({
		kind: z.literal('governance'),
		focus: z.array(id).default([]),
		annotations: z.array(annotation).default([])
	}),
	z.strictObject({
		kind: z.literal('figures'),
		focus: z.array(id).default([]),
		annotations: z.array(annotation).default([])
	})
]);

export const PhaseSchema = z.strictObject({
	id,
	title: text,
	summary: text,
	/** The trigger or condition that starts the phase. */
	trigger: text,
	/** The same condition in a few words, for diagrams and slides. */
	condition: text.max(64, 'at most 64 characters'),
	/** Phases this one depends on. */
	dependsOn: z.array(id).default([]),
	body: markdown,
	points: z.array(pointNumber).min(1, 'at least one point'),
	diagrams: z.array(DiagramStateSchema).min(1, 'at least one diagram'),
	quotes: z.array(z.strictObject({ quote: id, annotates: text })).min(1, 'at least one quote'),
	/** Its status as of the articles (5 to 8 October 2025), at the Sharm el-Sheikh talks. */
	status: z.enum(Object.keys(talksStatuses) as [TalksStatus, ...TalksStatus[]]),
	statusNote: text,
	/** Its status as of the date reporting was gathered up to (reporting.json). */
	now: PhaseNowSchema,
	questions: z.array(text).min(1, 'at least one discussion question'),
	notes: z.array(text).min(1, 'at least one speaker note')
});

/**
 * The teacher's plan for one phase: the time it takes in class, what students should come away with, and one
 * activity. Time and aims are the same at both levels, since the slides are; the activity is written for each.
 */
export const LessonPlanSchema = z.strictObject({
	phase: id,
	/** Minutes of class time, whole. */
	minutes: z.number().int().min(1),
	aims: z.array(text).min(2, 'two or three aims').max(3, 'two or three aims'),
	activity: z.strictObject({
		/** For secondary-school classes. */
		secondary: text,
		/** For university classes. */
		university: text
	})
});

/** Where the reporting tells a different order of steps than the plan's text. */
export const OrderDisputeSchema = z.strictObject({
	id,
	/** The phase whose incoming step the note sits on. */
	into: id,
	/** Two consecutive phases the reporting puts the other way round. */
	swap: z.tuple([id, id]).optional(),
	statements: z
		.array(
			z.strictObject({
				/** plan: the plan's text; reported: what an article reports. */
				voice: z.enum(['plan', 'reported']),
				text,
				source: id.optional(),
				point: pointNumber.optional()
			})
		)
		.min(2, 'both readings, the plan and the reporting')
});

export const FigureSchema = z.strictObject({
	id,
	label: text,
	unit: text,
	values: z
		.array(
			z
				.strictObject({
					value: z.number(),
					/** The top of a range the source gives ("600 to 800 a day"); `value` is its bottom. */
					upTo: z.number().optional(),
					/** How the source puts it, e.g. "more than 1,700". */
					display: text.optional(),
					/** The article that gives the value ... */
					source: id.optional(),
					/** ... or the point of the plan's text that states it ... */
					planPoint: pointNumber.optional(),
					/** ... or the later reports that carry it (reports.json), with `by`: whose figure it is. */
					reports: z.array(id).min(1, 'at least one report').optional(),
					/** Who gives a reported figure, e.g. "Israel Prison Service", "UN". */
					by: text.optional(),
					/**
					 * When the value holds, as precisely as it is reported, where a figure's values follow one another in time
					 * (the share Israel holds, month by month); not the date of the report that carries it.
					 */
					date: partialDate.optional(),
					quote: id.optional(),
					note: text.optional()
				})
				.refine((v) => [v.source, v.planPoint, v.reports].filter((s) => s !== undefined).length === 1, {
					message: 'exactly one kind of source: an article "source", the plan\'s "planPoint" or later "reports"'
				})
				.refine((v) => (v.reports === undefined) === (v.by === undefined), {
					message: '"by" (whose figure it is) with "reports", and only with them',
					path: ['by']
				})
				.refine((v) => v.upTo === undefined || v.upTo > v.value, {
					message: 'a range whose top ("upTo") is above its bottom ("value")',
					path: ['upTo']
				})
		)
		.min(1, 'at least one value'),
	/** Why the values differ, where known. Required when they do. */
	note: text.optional(),
	caveat: text.optional()
});

export const ActorSchema = z.strictObject({
	id,
	name: text,
	/** document: the plan's text itself, where a rule is the plan's rather than an actor's act. */
	kind: z.enum(['party', 'mediator', 'institution', 'person', 'state', 'document']),
	role: text,
	/** Plan points that name this actor. */
	points: z.array(pointNumber).default([])
});

const relationKind = z.enum([
	'oversees',
	'funds',
	'trains',
	'consulted-on',
	'hands-over-to',
	'excludes',
	'guarantees',
	'mediates',
	'chairs',
	'member-of'
]);

export const RelationSchema = z.strictObject({
	from: id,
	to: id,
	kind: relationKind,
	label: text,
	points: z.array(pointNumber).default([])
});

/** The chart's width in its own units; the governance chart's boxes are placed within it. */
export const CHART_WIDTH = 400;
/** The width of the chart drawn on a slide's whole stage (src/lib/diagrams/format.ts STAGE.width). */
export const STAGE_CHART_WIDTH = 1100;

/** Where a box sits in its row, and how it is aligned there. */
const placedBox = (width: number) => ({
	actor: id,
	x: z.number().min(0).max(width),
	width: z.number().positive(),
	/** Centred on the row's height instead of aligned with its top. */
	middle: z.boolean().optional(),
	/** The top corner a quote's marker takes first (right unless an arrow's label is there). */
	markerCorner: z.enum(['left', 'right']).optional()
});

/** Rows of boxes top to bottom, each below the rows above it that share its columns. */
const rowsOf = <T extends z.ZodRawShape>(slot: T) =>
	z
		.array(
			z.strictObject({
				/** The least room above the row (more if the label of an arrow into it needs it). */
				gap: z.number().min(0),
				slots: z.array(z.strictObject(slot)).min(1, 'at least one box')
			})
		)
		.min(2, 'the top row and at least one more');

/** How an arrow runs and where its label goes; `from: "top-tier"` is the arrow from the whole top row. */
const arrowsWithin = (width: number) =>
	z.array(
		z.strictObject({
			from: id,
			to: id,
			kind: relationKind,
			/** Where a downward arrow leaves its source and meets its target. */
			sx: z.number().min(0).max(width).optional(),
			tx: z.number().min(0).max(width).optional(),
			side: z.enum(['left', 'right', 'above', 'inside']),
			/** The width the label wraps to. */
			width: z.number().positive()
		})
	);

/**
 * Where the governance chart places each actor and how it draws each relation: rows of boxes top to bottom (the first
 * row is the band of guarantors and mediators), relations written inside a box, and how each arrow runs. `stage`
 * places the same boxes and arrows again for a slide's whole stage, in its own units; their words are the page's.
 */
export const GovernanceChartSchema = z.strictObject({
	tier: z.strictObject({ caption: text }),
	rows: rowsOf({
		...placedBox(CHART_WIDTH),
		/** A shorter name where the actor's own does not fit the box. */
		name: text.optional(),
		/** A second, smaller line under the name. */
		subtitle: text.optional()
	}),
	/** Relations written as a line inside a box rather than drawn as an arrow. */
	inside: z.array(z.strictObject({ from: id, to: id, box: id, name: text.optional() })),
	arrows: arrowsWithin(CHART_WIDTH),
	stage: z.strictObject({
		/** How far the band of the top row reaches from the left: on a page, the chart's whole width. */
		tierWidth: z.number().positive().max(STAGE_CHART_WIDTH),
		rows: rowsOf(placedBox(STAGE_CHART_WIDTH)),
		arrows: arrowsWithin(STAGE_CHART_WIDTH)
	}),
	/** What became of the bodies on the chart since the talks, for its since view. */
	since: z.array(BodyNowSchema).optional()
});

export const GlossarySchema = z.strictObject({
	id,
	term: text,
	definition: markdown,
	/** Who uses this word, where usage differs. */
	usage: text.optional()
});

export const PlaceSchema = z.strictObject({
	id,
	name: text,
	lon: z.number().min(34).max(35),
	lat: z.number().min(31).max(32)
});

export const MapLineSchema = z.strictObject({
	id: z.enum(['yellow', 'second', 'buffer']),
	label: text,
	/** Share of the Strip Israel holds at this stage, as reported. */
	share: z.strictObject({ value: z.number().min(0).max(100), display: text, approximate: z.boolean(), source: text }),
	/** Distance from the eastern boundary, kilometres, north to south, as [lat, km] pairs. */
	depthKm: z.array(z.tuple([z.number(), z.number().min(0)])).min(2),
	note: text
});

export const OutlineSchema = z.strictObject({
	source: text,
	license: text,
	gaza: z.array(z.tuple([z.number(), z.number()])).min(4),
	israel: z.array(z.array(z.tuple([z.number(), z.number()]))),
	egypt: z.array(z.array(z.tuple([z.number(), z.number()])))
});

export type Source = z.infer<typeof SourceSchema>;
export type Quote = z.infer<typeof QuoteSchema>;
export type Point = z.infer<typeof PointSchema>;
export type Theme = z.infer<typeof ThemeSchema>;
export type DiagramState = z.infer<typeof DiagramStateSchema>;
export type Phase = z.infer<typeof PhaseSchema>;
export type LessonPlan = z.infer<typeof LessonPlanSchema>;
export type Figure = z.infer<typeof FigureSchema>;
export type OrderDispute = z.infer<typeof OrderDisputeSchema>;
export type Actor = z.infer<typeof ActorSchema>;
export type Relation = z.infer<typeof RelationSchema>;
export type TimelineEvent = z.infer<typeof EventSchema>;
export type GlossaryEntry = z.infer<typeof GlossarySchema>;
export type Place = z.infer<typeof PlaceSchema>;
export type MapLine = z.infer<typeof MapLineSchema>;
export type Outline = z.infer<typeof OutlineSchema>;
export type Reporting = z.infer<typeof ReportingSchema>;
export type Report = z.infer<typeof ReportSchema>;
export type TrackerEntry = z.infer<typeof TrackerEntrySchema>;
export type PhaseNow = z.infer<typeof PhaseNowSchema>;
export type GovernanceChart = z.infer<typeof GovernanceChartSchema>;

/** Each file in data/ and the schema of its contents. */
export const files = {
	'sources.json': z.array(SourceSchema),
	'quotes.json': z.array(QuoteSchema),
	'themes.json': z.array(ThemeSchema),
	'points.json': z.array(PointSchema),
	'phases.json': z.array(PhaseSchema),
	'lesson-plan.json': z.array(LessonPlanSchema),
	'figures.json': z.array(FigureSchema),
	'order-disputes.json': z.array(OrderDisputeSchema),
	'actors.json': z.array(ActorSchema),
	'relations.json': z.array(RelationSchema),
	'governance-chart.json': GovernanceChartSchema,
	'events.json': z.array(EventSchema),
	'reporting.json': ReportingSchema,
	'reports.json': z.array(ReportSchema),
	'tracker.json': z.array(TrackerEntrySchema),
	'glossary.json': z.array(GlossarySchema),
	'geo/places.json': z.array(PlaceSchema),
	'geo/lines.json': z.array(MapLineSchema),
	'geo/outline.json': OutlineSchema
} as const;

export type FileName = keyof typeof files;
export type RawContent = { [F in FileName]: z.infer<(typeof files)[F]> };
