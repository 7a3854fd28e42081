// What became of the exchange, made once per build: the plan's numbers beside the numbers released and returned, with
// their dates and sources, for the drawing and its text alternative.
import type { Content, Figure } from '$lib/content/types';
import { formatNumber, partialDateText } from '$lib/format/format';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import { sinceReader, type SinceFacts, type SinceRow, type SinceText } from '../since';
import { sinceFacts } from '../since-markup';
import { exchangeCounts } from './describe';
import { deceasedCount } from './layout';
import { layoutExchangeSince, timeTaken, type ExchangeSinceCounts, type ExchangeSinceLayout } from './since-layout';

export interface ExchangeSince extends SinceFacts {
	/** The since drawing's own SVG title, in the edition's words. */
	svgTitle: string;
	layout: ExchangeSinceLayout;
}

/** The events and figures the since view is drawn and told from. */
export const EXCHANGE_SINCE_EVENTS = {
	/** The ceasefire, when the 72 hours for the hostages began. */
	countBegan: 'ceasefire-in-effect',
	hostagesFreed: 'hostages-freed',
	remainsReachable: 'remains-all-reachable',
	lastHostage: 'last-hostage',
	prisonersReleased: 'prisoners-released',
	lastBodies: 'last-bodies-icrc'
} as const;

export const EXCHANGE_SINCE_FIGURES = {
	deadline: 'hostage-deadline-hours',
	lifeReleased: 'prisoners-life-released',
	detaineesReleased: 'detainees-released',
	bodies: 'remains-returned'
} as const;

function figure(content: Content, id: string): Figure {
	const found = content.figureById[id];
	if (!found) throw new Error(`The exchange's since view needs figure "${id}" in data/figures.json`);
	return found;
}

/** A figure's value from later reports: the number, who gives it and which reports carry it. */
function reported(content: Content, id: string) {
	const value = figure(content, id).values.find((v) => v.reports);
	if (!value?.reports || !value.by)
		throw new Error(`The exchange's since view needs a reported value of figure "${id}" in data/figures.json`);
	return { value: value.value, by: value.by, reports: value.reports };
}

/** The day an event happened, where it is dated to the day: the drawing's time scale needs days. */
function dayOf(content: Content, id: string): string {
	const event = content.eventById[id];
	if (!event || !/^\d{4}-\d{2}-\d{2}$/.test(event.date))
		throw new Error(`The exchange's since view needs event "${id}" dated to the day in data/events.json`);
	return event.date;
}

/** The since view's drawing and words, before its words become markup. */
export function exchangeSince(
	content: Content,
	locale: Locale = 'en'
): { layout: ExchangeSinceLayout; text: SinceText } {
	const read = sinceReader(content, locale);
	const e = EXCHANGE_SINCE_EVENTS;
	const plan = exchangeCounts(content.figureById);
	const deceased = deceasedCount(plan);
	const life = reported(content, EXCHANGE_SINCE_FIGURES.lifeReleased);
	const detainees = reported(content, EXCHANGE_SINCE_FIGURES.detaineesReleased);
	const bodies = reported(content, EXCHANGE_SINCE_FIGURES.bodies);
	const counts: ExchangeSinceCounts = {
		// The events say that every living hostage was freed, and that with the last remains every hostage was returned.
		living: { plan: plan.alive, freed: plan.alive, on: dayOf(content, e.hostagesFreed) },
		deceased: { plan: deceased, returned: deceased, last: dayOf(content, e.lastHostage) },
		deadline: {
			hours: figure(content, EXCHANGE_SINCE_FIGURES.deadline).values[0].value,
			from: dayOf(content, e.countBegan)
		},
		life: { plan: plan.prisonersLife, released: life.value },
		detainees: { plan: plan.detainees, released: detainees.value },
		released: { on: dayOf(content, e.prisonersReleased), by: detainees.by },
		bodies: {
			plan: deceased * plan.remainsPerDeceased,
			returned: bodies.value,
			by: bodies.by,
			on: dayOf(content, e.lastBodies)
		}
	};
	const n = formatNumber;
	const on = (day: string) => partialDateText(day, locale);
	const took = timeTaken(counts.deadline.from, counts.deceased.last, locale);
	const released = counts.life.released + counts.detainees.released;
	const words = { locale };
	const within = (count: number) =>
		m.diagram_exchange_within_hours({ count: n(count), hours: n(counts.deadline.hours) }, words);

	const rows: SinceRow[] = [
		{
			cells: [
				m.diagram_exchange_row_living({}, words),
				within(plan.alive),
				m.diagram_exchange_freed_on({ count: n(counts.living.freed), date: on(counts.living.on) }, words)
			],
			citations: read.citations({ events: [e.countBegan, e.hostagesFreed] })
		},
		{
			cells: [
				m.diagram_exchange_row_deceased_remains({}, words),
				within(deceased),
				m.diagram_exchange_returned_last(
					{
						count: n(counts.deceased.returned),
						date: on(counts.deceased.last),
						took,
						hours: n(counts.deadline.hours)
					},
					words
				)
			],
			citations: read.citations({ events: [e.remainsReachable, e.lastHostage] })
		},
		{
			cells: [
				m.diagram_exchange_row_life_short({}, words),
				n(plan.prisonersLife),
				m.diagram_exchange_released_on_by({ count: n(life.value), date: on(counts.released.on), by: life.by }, words)
			],
			citations: read.citations({ sources: life.reports })
		},
		{
			cells: [
				m.diagram_exchange_row_detainees({}, words),
				n(plan.detainees),
				m.diagram_exchange_released_on_by(
					{ count: n(detainees.value), date: on(counts.released.on), by: detainees.by },
					words
				)
			],
			citations: read.citations({ sources: detainees.reports })
		},
		{
			cells: [
				m.diagram_exchange_row_total({}, words),
				n(plan.prisonersLife + plan.detainees),
				`${n(released)} ⚠ ${read.caveats([e.prisonersReleased]).join(' ')}`
			],
			citations: read.citations({ events: [e.prisonersReleased] })
		},
		{
			cells: [
				m.diagram_exchange_row_bodies({}, words),
				m.diagram_exchange_bodies_rule(
					{ count: n(counts.bodies.plan), ratio: n(plan.remainsPerDeceased), deceased: n(deceased) },
					words
				),
				m.diagram_exchange_by_date({ count: n(bodies.value), date: on(counts.bodies.on), by: bodies.by }, words)
			],
			citations: read.citations({ events: [e.lastBodies], sources: bodies.reports })
		}
	];

	return {
		layout: layoutExchangeSince(counts, locale),
		text: {
			description: m.diagram_exchange_since_description(
				{
					freed: n(counts.living.freed),
					freedOn: on(counts.living.on),
					deceased: n(deceased),
					took,
					last: on(counts.deceased.last),
					hours: n(counts.deadline.hours),
					life: n(life.value),
					detainees: n(detainees.value),
					released: n(released),
					planLife: n(plan.prisonersLife),
					planDetainees: n(plan.detainees),
					bodies: n(bodies.value),
					bodiesOn: on(counts.bodies.on),
					by: bodies.by,
					ratio: n(plan.remainsPerDeceased),
					planBodies: n(counts.bodies.plan)
				},
				words
			),
			asOf: read.asOf,
			columns: [
				m.diagram_column_who({}, words),
				m.diagram_column_the_plan({}, words),
				m.diagram_column_what_happened({}, words)
			],
			rows,
			caveats: read.caveats([e.prisonersReleased, e.lastBodies])
		}
	};
}

export function makeExchangeSince(content: Content, locale: Locale = 'en'): ExchangeSince {
	const { layout, text } = exchangeSince(content, locale);
	const svgTitle = m.diagram_exchange_since_svg_title({}, { locale });
	return { layout, svgTitle, ...sinceFacts(text, { locale }) };
}
