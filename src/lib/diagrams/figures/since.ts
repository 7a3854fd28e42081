// The figures since the talks, made once per build in the edition's words: each figure that later reports give, every
// source's value on the figure's own scale from zero (D3), who gives it, in their words, and the reports that carry it.
import { scaleLinear } from 'd3';
import type { Citation } from '$lib/content/citation';
import type { Content, Figure } from '$lib/content/types';
import { formatNumber, longDate } from '$lib/format/format';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import { boundOf, shortValue, unitNumber } from '../bound';
import { tenth } from '../geometry';
import { reasonOf } from './layout';
import { sinceCitations } from '../since-citations';
import type { SinceFacts } from '../since';
import { sinceFacts } from '../since-markup';
import { describeSince } from './describe-since';
import { punctuation } from '$lib/editions/punctuation';

/** How a value is drawn: the plan's own number, one reported number, a range, or a floor ("more than half"). */
export type ValueShape = 'plan' | 'point' | 'range' | 'at-least';

export interface SinceValue {
	/** Whose figure it is: the body that gives it, the plan's text, or an article. */
	who: string;
	/** The value as its source puts it. */
	words: string;
	/** The number beside its mark: "1,968", "600–800", "≈150", ">50%". */
	short: string;
	shape: ValueShape;
	/** Where its mark sits, in % of the track's width; `to`, the top of a range. */
	at: number;
	to?: number;
	/** Which side of the mark its number goes: the right, unless the mark is too near the track's end. */
	side: 'right' | 'left';
	/** The reports (or the article) that carry it; none for the plan's text, which the points page gives. */
	citations: Citation[];
}

export interface SinceFigure {
	id: string;
	label: string;
	values: SinceValue[];
	/** The scale's ticks, in % of the track's width, with their numbers. */
	ticks: { at: number; label: string }[];
	/** Where the plan's number sits, when the figure has one: a guide through every value's track. */
	planAt?: number;
	/**
	 * Why the values differ, in the first sentence of the ledger's note, as the plan view gives it (the sources page has
	 * the note whole); and any caveat.
	 */
	note?: string;
	caveat?: string;
}

/** The figures' since view: each later figure, and its words as markup (src/lib/diagrams/since.ts). */
export interface FiguresSince extends SinceFacts {
	figures: SinceFigure[];
	/** Above the figures: how to read their marks, and as of when. */
	key: string;
}

/** The track's span in % of its width: a little room at each end for the marks. */
const TRACK: [number, number] = [2, 96];
/** Past this point of the track, a mark's number goes on its left. */
const RIGHT_LIMIT = 62;

/** The figures later reports give: those with at least one value that a report carries, in ledger order. */
export const laterFigures = (figures: Figure[]) => figures.filter((f) => f.values.some((v) => v.reports));

export function sinceFigure(
	figure: Figure,
	content: Pick<Content, 'sourceById' | 'reportById'>,
	locale: Locale = 'en'
): SinceFigure {
	const top = Math.max(...figure.values.map((v) => v.upTo ?? v.value));
	const domain: [number, number] = figure.unit.includes('%') ? [0, 100] : [0, top];
	const x = scaleLinear().domain(domain).range(TRACK);
	if (!figure.unit.includes('%')) x.nice(4);
	const plan = figure.values.find((v) => v.planPoint !== undefined);
	return {
		id: figure.id,
		label: figure.label,
		values: figure.values.map((v): SinceValue => {
			const words = v.display ?? formatNumber(v.value);
			const bound = boundOf(words);
			const shape: ValueShape =
				v.planPoint !== undefined
					? 'plan'
					: v.upTo !== undefined
						? 'range'
						: bound === 'at-least'
							? 'at-least'
							: 'point';
			const end = tenth(x(v.upTo ?? v.value));
			return {
				who: whoOf(v, content, locale),
				words,
				short: shortValue(v, figure.unit, words, locale),
				shape,
				at: tenth(x(v.value)),
				...(v.upTo !== undefined && { to: end }),
				side: end <= RIGHT_LIMIT ? 'right' : 'left',
				citations: sinceCitations(v.reports ?? (v.source ? [v.source] : []), content)
			};
		}),
		ticks: x
			.ticks(4)
			.map((t) => ({ at: tenth(x(t)), label: t === 0 ? '0' : unitNumber(t, figure.unit, undefined, locale) })),
		...(plan && { planAt: tenth(x(plan.value)) }),
		...(figure.note && { note: reasonOf(figure) }),
		...(figure.caveat && { caveat: figure.caveat })
	};
}

function whoOf(v: Figure['values'][number], content: Pick<Content, 'sourceById'>, locale: Locale): string {
	if (v.by) return v.by;
	if (v.planPoint !== undefined) return m.figures_plan_text({ point: v.planPoint }, { locale });
	return v.source ? (content.sourceById[v.source]?.label ?? v.source) : '';
}

export function figuresSince(
	content: Pick<Content, 'figures' | 'sourceById' | 'reportById' | 'reporting'>,
	locale: Locale = 'en'
): FiguresSince {
	const asOf = m.site_gathered_up_to({ date: longDate(content.reporting.gatheredUpTo, locale) }, { locale });
	const figures = laterFigures(content.figures).map((f) => sinceFigure(f, content, locale));
	// Each value's sources sit under its mark in the drawing; the table lists them again, value by value.
	const facts = sinceFacts(
		{
			description: describeSince({ figures, asOf }, locale),
			asOf,
			columns: [
				m.site_sources_figure({}, { locale }),
				m.figures_since_whose({}, { locale }),
				m.figures_since_value({}, { locale })
			],
			rows: figures.flatMap((f) => f.values.map((v) => ({ cells: [f.label, v.who, v.words], citations: v.citations }))),
			caveats: [m.figures_since_caveat({}, { locale })]
		},
		{ sourcesUnder: false }
	);
	return { ...facts, figures, key: sinceKey(asOf, locale) };
}

/** How to read the since view's marks: a shape for each way a value is given. */
function sinceKey(asOf: string, locale: Locale): string {
	const shapes = [
		m.figures_shape_plan({}, { locale }),
		m.figures_shape_point({}, { locale }),
		m.figures_shape_range({}, { locale }),
		m.figures_shape_at_least({}, { locale })
	];
	return m.figures_since_key({ shapes: shapes.join(punctuation(locale).semicolon), asOf }, { locale });
}
