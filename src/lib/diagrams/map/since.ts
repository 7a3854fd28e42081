// The map since the talks, made once per build: the share of the Strip Israel is reported to hold over time, as a
// chart of each source's figure by date (D3 scales), and as a band on the schematic map sized to the highest share
// reported: schematic, never a line drawn from a map, since none was published.
import { scaleLinear, scaleUtc, utcMonth } from 'd3';
import type { Citation } from '$lib/content/citation';
import type { Content } from '$lib/content/types';
import { firstDay, lastDay, type PartialDate } from '$lib/content/dates';
import { longDate, partialDateText } from '$lib/format/format';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import { boundOf, shortValue } from '../bound';
import { overlaps, rect, tenth, type Point } from '../geometry';
import { wrapText } from '../text';
import { sinceCitations } from '../since-citations';
import { heldArea, type LonLat } from './held-area';
import { FONT, MAP_HEIGHT, pathOf, WIDTH, type MapLayout, type MapProjection } from './layout';
import type { SinceFacts } from '../since';
import { sinceFacts } from '../since-markup';
import { describeMapSince, shortWords } from './describe-since';
import { punctuation } from '$lib/editions/punctuation';
import { readShare, stagesFrom } from './stages';
import { labelOf, textBlock, type Box, type Label, type TextBlock } from './text';

/** The figure of data/figures.json whose dated values the chart draws. */
export const HELD_SHARE = 'israeli-held-share';

const EDGE = 16;
const PLOT_HEIGHT = 150;
/** Room left of the plot for the share's tick labels ("80%"). */
const PLOT_LEFT = 52;
const PLOT_RIGHT = WIDTH - EDGE - 6;
const MARK_R = 4.5;

export interface SharePoint {
	/** When the share holds, as precisely as reported. */
	date: PartialDate;
	dateText: string;
	value: number;
	/** The share as its source puts it, and the short form the chart writes beside its mark ("≈58%"). */
	words: string;
	short: string;
	who: string;
	/** "more than half" is a floor: its mark points up. */
	bound: 'at-least' | 'about' | 'exact';
	/** Any of its reports is weak (single source, mirror, ...): ⚠ beside it. */
	weak: boolean;
	citations: Citation[];
	x: number;
	y: number;
	/** A share dated to a month covers the month on the time axis. */
	span?: [number, number];
	label: Label;
}

export interface ShareChart {
	title: Label;
	/** What the chart is and how to read its axis. */
	subtitle: Label;
	plot: Box;
	yTicks: { y: number; label: Label }[];
	xTicks: { x: number; label: Label }[];
	points: SharePoint[];
}

export interface MapSinceLayout {
	/** "reporting gathered up to 1 July 2026" */
	asOf: string;
	/** The drawing's own title, for assistive technology. */
	title: string;
	/** The since view's height: the map, then its legend and chart below. */
	height: number;
	/**
	 * The reported growth: between the yellow line and a line drawn deeper by as much of the Strip as the highest share
	 * reported adds to the yellow line's (draw with fill-rule evenodd); `grownBy`, that much, in points of the Strip's
	 * area as drawn. Absent where the content has no yellow line or no higher share reported.
	 */
	band?: { area: string; grownBy: number };
	legend: { swatch: Box; text: Label; kind: 'held' | 'band' }[];
	chart: ShareChart;
	/** Under the chart: what ⚠ means, and as of when. */
	foot: Label;
	/** The figure's caveat (data/figures.json), for the view's caveat. */
	caveat?: string;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The extra depth, in km, that takes the yellow line's held area to a share of the Strip: by bisection. */
function depthForShare(share: (extraKm: number) => number, target: number): number {
	let [lo, hi] = [0, 20];
	for (let i = 0; i < 30; i++) {
		const mid = (lo + hi) / 2;
		if (share(mid) < target) lo = mid;
		else hi = mid;
	}
	return (lo + hi) / 2;
}

/**
 * The since view of the map, from the figure's dated shares and the yellow line, drawn on the layout's projection, in
 * the edition's words.
 */
export function mapSinceLayout(
	content: Pick<Content, 'figureById' | 'lines' | 'reporting' | 'sourceById' | 'reportById'>,
	projection: MapProjection,
	locale: Locale = 'en'
): MapSinceLayout {
	const figure = content.figureById[HELD_SHARE];
	const asOf = m.site_gathered_up_to({ date: longDate(content.reporting.gatheredUpTo, locale) }, { locale });
	const dated = (figure?.values ?? [])
		.flatMap((v) => (v.date ? [{ ...v, date: v.date }] : []))
		.sort((a, b) => firstDay(a.date).localeCompare(firstDay(b.date)));

	// The band: the yellow line's held area grown evenly westward by as much of the Strip as the highest share reported
	// adds to the yellow line's (the sketch of the yellow line need not hold exactly its reported share).
	const yellow = stagesFrom(content.lines, locale).find((s) => s.id === 'yellow');
	const highest = dated.filter((v) => boundOf(v.display ?? '') !== 'at-least').sort((a, b) => b.value - a.value)[0];
	let band: MapSinceLayout['band'];
	if (yellow && highest && highest.value > yellow.share.value) {
		const { sides, borderTop, project } = projection;
		const grown = (km: number) =>
			heldArea(
				sides,
				yellow.depthKm.map(([lat, d]) => [lat, d + km]),
				borderTop
			);
		const atYellow = grown(0);
		const extra = depthForShare((km) => grown(km).share, atYellow.share + highest.value - yellow.share.value);
		const ring = (r: LonLat[]) => pathOf(r.map(project));
		const outer = grown(extra);
		band = {
			area: [...atYellow.free, ...outer.free].map(ring).join(''),
			grownBy: tenth(outer.share - atYellow.share)
		};
	}

	// The legend: the area held at the yellow line, then the band.
	const top = MAP_HEIGHT + 12;
	const legend: MapSinceLayout['legend'] = [];
	let y = top;
	const legendEntry = (kind: 'held' | 'band', text: string) => {
		const swatch = rect(EDGE, y, 26, 16);
		const x = EDGE + 26 + 10;
		const block = textBlock(wrapText(text, WIDTH - EDGE - x, FONT.small), x, y + 13, FONT.small, 'start');
		legend.push({ swatch, text: labelOf(block), kind });
		y = Math.max(swatch.y + swatch.height, block.box.y + block.box.height) + 8;
	};
	if (yellow) {
		const { figure: share, qualifiers } = readShare(yellow.share.display);
		const at = `${share}${qualifiers.length ? ` (${qualifiers.join(punctuation(locale).semicolon)})` : ''}`;
		legendEntry('held', m.map_since_held({ line: yellow.name.toLowerCase(), share: at }, { locale }));
	}
	if (band && highest)
		legendEntry(
			'band',
			m.map_since_band(
				{ share: shortWords(highest.display ?? ''), date: partialDateText(highest.date, locale) },
				{ locale }
			)
		);

	const chart = shareChart(
		dated.map((v) => {
			const words = v.display ?? `${v.value}%`;
			const citations = sinceCitations(v.reports ?? [], content);
			return {
				date: v.date,
				dateText: partialDateText(v.date, locale),
				value: v.value,
				words,
				short: shortValue(v, figure?.unit ?? '%', words, locale),
				who: v.by ?? '',
				bound: boundOf(words),
				weak: citations.some((c) => c.weak.length > 0),
				citations
			};
		}),
		figure?.label ?? m.map_since_share_label({}, { locale }),
		y + 10,
		content.reporting.gatheredUpTo,
		locale
	);
	const footTop = chart.xTicks.reduce((b, t) => Math.max(b, t.label.y), 0) + 26;
	const foot = textBlock(
		wrapText(m.map_since_foot({ asOf: capitalise(asOf) }, { locale }), WIDTH - 2 * EDGE, FONT.small),
		EDGE,
		footTop,
		FONT.small,
		'start'
	);
	return {
		asOf,
		title: m.map_since_drawing_title({}, { locale }),
		height: Math.ceil(foot.box.y + foot.box.height + EDGE),
		...(band && { band }),
		legend,
		chart,
		foot: labelOf(foot),
		...(figure?.caveat && { caveat: figure.caveat })
	};
}

type PointData = Omit<SharePoint, 'x' | 'y' | 'span' | 'label'>;

/**
 * The chart of the share over time: time across from the month of the first share to the gathered-up-to date,
 * the share up on an axis around the values (labelled, as it does not start at zero), each share a mark with its
 * words beside it, placed where they touch no other mark or words.
 */
export function shareChart(
	data: PointData[],
	label: string,
	top: number,
	upTo: string,
	locale: Locale = 'en'
): ShareChart {
	const title = textBlock(
		wrapText(m.map_since_chart_title({ label }, { locale }), WIDTH - 2 * EDGE, 15, true),
		EDGE,
		top + 12,
		15
	);
	const titleBottom = title.box.y + title.box.height;
	const values = data.map((d) => d.value);
	const [lo, hi] = values.length
		? [
				Math.max(0, Math.floor((Math.min(...values) - 5) / 10) * 10),
				Math.min(100, Math.ceil((Math.max(...values) + 5) / 10) * 10)
			]
		: [0, 100];
	const subtitle = textBlock(
		wrapText(
			m.map_since_chart_axis({ lo, hi }, { locale }) + (lo > 0 ? ` ${m.map_since_chart_not_zero({}, { locale })}` : ''),
			WIDTH - 2 * EDGE,
			FONT.small
		),
		EDGE,
		titleBottom + FONT.small + 2,
		FONT.small
	);
	const plot = rect(PLOT_LEFT, subtitle.box.y + subtitle.box.height + 22, PLOT_RIGHT - PLOT_LEFT, PLOT_HEIGHT);
	const [bottom, plotTop] = [plot.y + plot.height, plot.y];

	const start = data.length ? utcMonth.floor(new Date(firstDay(data[0].date))) : new Date(upTo);
	const x = scaleUtc()
		.domain([start, new Date(upTo)])
		.range([plot.x, plot.x + plot.width]);
	const yScale = scaleLinear().domain([lo, hi]).range([bottom, plotTop]);
	const dayAt = (iso: string) => new Date(`${iso}T00:00:00Z`);

	const yTicks = yScale.ticks(4).map((t) => ({
		y: tenth(yScale(t)),
		label: labelOf(textBlock([`${t}%`], plot.x - 6, yScale(t) + 5, FONT.small, 'end'))
	}));
	const months = x.ticks(utcMonth.every(3)!);
	const xTicks = months.map((start, i) => {
		const at = x(start);
		// The year on the first month and on each January: "Oct 2025", "Jan 2026", "Apr", "Jul".
		const month = partialDateText(start.toISOString().slice(0, 7), locale);
		const text = i === 0 || start.getUTCMonth() === 0 ? month : month.split(' ')[0];
		const anchor = i === months.length - 1 && at > plot.x + plot.width - 30 ? 'end' : 'middle';
		return { x: tenth(at), label: labelOf(textBlock([text], at, bottom + FONT.small + 6, FONT.small, anchor)) };
	});

	// Each mark: a day's share at that day, a month's across the month; a floor with its arrow up.
	const marks = data.map((d) => {
		const [from, to] = [dayAt(firstDay(d.date)), utcDayAfter(dayAt(lastDay(d.date)))];
		const span = d.date.length === 10 ? undefined : ([tenth(x(from)), tenth(x(to))] as [number, number]);
		const at = span ? (span[0] + span[1]) / 2 : x(from);
		const pt = { x: tenth(at), y: tenth(yScale(d.value)) };
		const box: Box = span
			? rect(span[0], pt.y - MARK_R, span[1] - span[0], 2 * MARK_R)
			: rect(pt.x - MARK_R, pt.y - MARK_R, 2 * MARK_R, 2 * MARK_R);
		const boxes = d.bound === 'at-least' ? [box, rect(pt.x - 4, pt.y - 18, 8, 14)] : [box];
		return { d, pt, span, boxes };
	});
	const taken: Box[] = marks.flatMap((m) => m.boxes);
	const area = rect(plot.x - 2, plotTop - 14, plot.width + 4 + EDGE, plot.height + 14);
	const points = marks.map(({ d, pt, span }) => {
		const text = d.weak ? `${d.short} ⚠` : d.short;
		const label = placeLabel(text, pt, span, taken, area);
		taken.push(label.box);
		return { ...d, x: pt.x, y: pt.y, ...(span && { span }), label: labelOf(label) };
	});
	return { title: labelOf(title), subtitle: labelOf(subtitle), plot, yTicks, xTicks, points };
}

const utcDayAfter = (d: Date) => new Date(d.getTime() + 86_400_000);

/**
 * A label of the chart, its box widened for the collision checks: the ⚠ sign runs about two letters wide, and labels
 * set in the reader's sans-serif run a little wider than the estimate.
 */
function chartLabel(text: string, x: number, y: number, anchor: 'start' | 'middle' | 'end'): TextBlock {
	const block = textBlock([text], x, y, FONT.small, anchor);
	const extra = block.box.width * 0.1 + (text.includes('⚠') ? FONT.small * 0.6 : 0);
	const shift = anchor === 'start' ? 0 : anchor === 'end' ? extra : extra / 2;
	return { ...block, box: rect(block.box.x - shift, block.box.y, block.box.width + extra, block.box.height) };
}

/** The first of right, left, above and below the mark where the words fit the area and touch nothing taken. */
function placeLabel(text: string, pt: Point, span: [number, number] | undefined, taken: Box[], area: Box): TextBlock {
	const [left, right] = span ? [span[0], span[1]] : [pt.x, pt.x];
	const candidates = [
		chartLabel(text, right + 8, pt.y + 5, 'start'),
		chartLabel(text, left - 8, pt.y + 5, 'end'),
		chartLabel(text, pt.x, pt.y - 12, 'middle'),
		chartLabel(text, pt.x, pt.y + 22, 'middle'),
		chartLabel(text, right + 8, pt.y - 10, 'start'),
		chartLabel(text, right + 8, pt.y + 20, 'start'),
		chartLabel(text, left - 8, pt.y - 10, 'end'),
		chartLabel(text, left - 8, pt.y + 20, 'end')
	];
	const fits = (b: TextBlock) =>
		b.box.x >= area.x &&
		b.box.x + b.box.width <= area.x + area.width &&
		b.box.y >= area.y &&
		b.box.y + b.box.height <= area.y + area.height;
	const clear = (b: TextBlock) => !taken.some((t) => overlaps(t, b.box, 2));
	return candidates.find((b) => fits(b) && clear(b)) ?? candidates.find(fits) ?? candidates[0];
}

/** The map's since view: the plan's map it draws on, its own layout, and its words as markup (../since.ts). */
export interface MapSince extends SinceFacts {
	/** The plan view's layout (the same object, so a page's data carries it once). */
	base: MapLayout;
	layout: MapSinceLayout;
}

export function makeMapSince(
	content: Pick<Content, 'figureById' | 'lines' | 'reporting' | 'sourceById' | 'reportById'>,
	base: MapLayout,
	projection: MapProjection,
	locale: Locale = 'en'
): MapSince {
	const layout = mapSinceLayout(content, projection, locale);
	const yellow = base.stages.find((s) => s.id === 'yellow');
	const facts = sinceFacts({
		description: describeMapSince(layout, yellow?.name, locale),
		asOf: layout.asOf,
		columns: [
			m.map_since_when({}, { locale }),
			m.site_diagram_share_held({}, { locale }),
			m.map_since_whose({}, { locale })
		],
		rows: layout.chart.points.map((p) => ({ cells: [p.dateText, p.words, p.who], citations: p.citations })),
		// The band and the yellow line are sketches: no map of either was published.
		caveats: [m.map_since_schematic({}, { locale }), ...(layout.caveat ? [layout.caveat] : [])]
	});
	return { ...facts, base, layout };
}
