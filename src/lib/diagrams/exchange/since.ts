// What became of the exchange, made once per build: the plan's numbers beside the numbers released and returned, with
// their dates and sources, for the drawing and its text alternative.
import type { Content, Figure } from '$lib/content/types';
import { formatNumber, partialDateText } from '$lib/format/format';
import { sinceReader, type SinceFacts, type SinceRow, type SinceText } from '../since';
import { sinceFacts } from '../since-markup';
import { exchangeCounts } from './describe';
import { deceasedCount } from './layout';
import { layoutExchangeSince, timeTaken, type ExchangeSinceCounts, type ExchangeSinceLayout } from './since-layout';

export interface ExchangeSince extends SinceFacts {
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
export function exchangeSince(content: Content): { layout: ExchangeSinceLayout; text: SinceText } {
	const read = sinceReader(content);
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
	const on = (day: string) => partialDateText(day);
	const took = timeTaken(counts.deadline.from, counts.deceased.last);
	const released = counts.life.released + counts.detainees.released;

	const rows: SinceRow[] = [
		{
			cells: [
				'Living hostages',
				`${n(plan.alive)}, within ${n(counts.deadline.hours)} hours`,
				`${n(counts.living.freed)} freed on ${on(counts.living.on)}`
			],
			citations: read.citations({ events: [e.countBegan, e.hostagesFreed] })
		},
		{
			cells: [
				'Deceased hostages’ remains',
				`${n(deceased)}, within ${n(counts.deadline.hours)} hours`,
				`${n(counts.deceased.returned)} returned, the last on ${on(counts.deceased.last)}, ${took} after the ` +
					`${n(counts.deadline.hours)} hours began`
			],
			citations: read.citations({ events: [e.remainsReachable, e.lastHostage] })
		},
		{
			cells: [
				'Prisoners serving life sentences',
				n(plan.prisonersLife),
				`${n(life.value)} released on ${on(counts.released.on)} (${life.by})`
			],
			citations: read.citations({ sources: life.reports })
		},
		{
			cells: [
				'Detainees from Gaza',
				n(plan.detainees),
				`${n(detainees.value)} released on ${on(counts.released.on)} (${detainees.by})`
			],
			citations: read.citations({ sources: detainees.reports })
		},
		{
			cells: [
				'Prisoners and detainees in all',
				n(plan.prisonersLife + plan.detainees),
				`${n(released)} ⚠ ${read.caveats([e.prisonersReleased]).join(' ')}`
			],
			citations: read.citations({ events: [e.prisonersReleased] })
		},
		{
			cells: [
				'Palestinian bodies returned',
				`${n(counts.bodies.plan)}: ${n(plan.remainsPerDeceased)} for each of ${n(deceased)} deceased hostages, ` +
					`the plan’s rule worked out`,
				`${n(bodies.value)} by ${on(counts.bodies.on)} (${bodies.by})`
			],
			citations: read.citations({ events: [e.lastBodies], sources: bodies.reports })
		}
	];

	return {
		layout: layoutExchangeSince(counts),
		text: {
			description:
				`What happened, drawn over the plan’s terms to the same scale, one square per person: ` +
				`the ${n(counts.living.freed)} living hostages were freed on ${on(counts.living.on)}; the remains of the ` +
				`${n(deceased)} deceased hostages came back over ${took}, the last on ${on(counts.deceased.last)}, where the ` +
				`plan set ${n(counts.deadline.hours)} hours for every hostage. Israel released ${n(life.value)} prisoners ` +
				`serving life sentences and ${n(detainees.value)} detainees from Gaza, ${n(released)} in all, where the plan ` +
				`set ${n(plan.prisonersLife)} and ${n(plan.detainees)}. ${n(bodies.value)} Palestinian bodies were returned ` +
				`by ${on(counts.bodies.on)}, by the ${bodies.by}’s count, where the plan’s rule of ` +
				`${n(plan.remainsPerDeceased)} for each deceased hostage gives ${n(counts.bodies.plan)}.`,
			asOf: read.asOf,
			columns: ['Who', 'The plan', 'What happened'],
			rows,
			caveats: read.caveats([e.prisonersReleased, e.lastBodies])
		}
	};
}

export function makeExchangeSince(content: Content): ExchangeSince {
	const { layout, text } = exchangeSince(content);
	return { layout, ...sinceFacts(text) };
}
