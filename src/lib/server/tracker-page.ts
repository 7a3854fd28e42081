// The tracker's data, made at build time: each point's status now with the events and sources it rests on, for the
// tracker page, its embed, /points and the handout. Citations are made here, so no page carries the reports list.
import { citationOf, type Citation } from '$lib/content/citation';
import { compareDated } from '$lib/content/dates';
import type { Content } from '$lib/content/types';
import { gatheredUpToText } from '$lib/since/as-of';
import { citationText } from '$lib/tracker/citation-text';
import type {
	EvidenceEvent,
	PointNow,
	PrintedTracker,
	TrackedPointEntry,
	TrackerPage,
	TrackerSummaryPage
} from '$lib/tracker/tracker-page';

type Cites = Pick<Content, 'sourceById' | 'reportById'>;

const citations = (ids: string[], content: Cites): Citation[] =>
	ids.map((id) => citationOf(id, content)).filter((c): c is Citation => c !== undefined);

/** The events a point's status rests on, in timeline order, each with its sources. */
function evidence(content: Content, point: number): EvidenceEvent[] {
	return content.trackerByPoint[point].events
		.map((id) => content.eventById[id])
		.sort(compareDated)
		.map(({ id, date, end, dateApproximate, title, caveat, sources }) => ({
			id,
			date,
			end,
			dateApproximate,
			title,
			caveat,
			sources: citations(sources, content)
		}));
}

/** Where a point stands now, with every source of its events once. */
export function pointNow(content: Content, point: number): PointNow {
	const { status, summary, caveat, latestEventDate } = content.trackerByPoint[point];
	const seen = new Set<string>();
	const sources = evidence(content, point)
		.flatMap((e) => e.sources)
		.filter((c) => !seen.has(c.id) && seen.add(c.id));
	return { status, summary, caveat, latestEventDate, sources };
}

export function trackerPage(content: Content): TrackerPage {
	const points: TrackedPointEntry[] = content.points.map((p) => {
		const { status, summary, caveat, latestEventDate } = content.trackerByPoint[p.number];
		return {
			number: p.number,
			title: p.title,
			phases: p.phases,
			plan: p.summary,
			now: { status, summary, caveat, latestEventDate },
			evidence: evidence(content, p.number)
		};
	});
	return {
		asOf: gatheredUpToText(content.reporting),
		phases: content.phases.map(({ id, title }) => ({ id, title })),
		points
	};
}

/** The 20 points' statuses with their sentences and sources, for the embed. */
export function trackerSummaryPage(content: Content): TrackerSummaryPage {
	return {
		asOf: gatheredUpToText(content.reporting),
		points: content.points.map((p) => ({ number: p.number, title: p.title, now: pointNow(content, p.number) }))
	};
}

/** The same for paper, each source written out as text: the handout's page carries no addresses it cannot show. */
export function printedTracker(content: Content): PrintedTracker {
	const { asOf, points } = trackerSummaryPage(content);
	return {
		asOf,
		points: points.map(({ number, title, now }) => ({
			number,
			title,
			now: { ...now, sources: now.sources.map(citationText) }
		}))
	};
}
