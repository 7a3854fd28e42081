// The timeline page's data, made at build time from the content: every event as the list reads it, grouped by month,
// with its sources' citations, and the axis laid out.
import { citationOf, type Citation } from '$lib/content/citation';
import { endOf, firstDay, lastDay } from '$lib/content/dates';
import { tracks as trackIds } from '$lib/content/since-words';
import type { Content, TimelineEvent } from '$lib/content/types';
import { datedText, longDate, monthText } from '$lib/format/format';
import { m } from '$lib/paraglide/messages';
import { gatheredUpToText } from '$lib/since/as-of';
import { PLAN_PUBLISHED } from '$lib/timeline/axis';
import { layoutAxis } from '$lib/timeline/layout';
import type { TimelineEntry, TimelineGroup, TimelinePage } from '$lib/timeline/timeline-page';
import { trackText } from '$lib/timeline/track-words';

/** Before the plan: an event that ended before the day it was published. */
const isContext = (event: TimelineEvent) => lastDay(endOf(event)) < PLAN_PUBLISHED;

function entryOf(event: TimelineEvent): TimelineEntry {
	return {
		id: event.id,
		title: event.title,
		description: event.description,
		track: event.track,
		when: datedText(event),
		datetime: event.date,
		...(event.dateNote && { dateNote: event.dateNote }),
		...(event.caveat && { caveat: event.caveat }),
		points: event.points,
		phases: event.phases,
		sources: event.sources,
		context: isContext(event)
	};
}

/** Consecutive entries in one month (the month an event starts in) under its name; the context first, apart. */
function groupsOf(entries: TimelineEntry[], events: TimelineEvent[]): TimelineGroup[] {
	const groups: TimelineGroup[] = [];
	entries.forEach((entry, i) => {
		const month = firstDay(events[i].date).slice(0, 7);
		const id = entry.context ? 'before-the-plan' : `month-${month}`;
		const last = groups.at(-1);
		if (last?.id === id) last.events.push(entry);
		else
			groups.push(
				entry.context
					? {
							id,
							heading: m.site_timeline_before_plan(),
							note: m.site_timeline_context_note({ date: longDate(PLAN_PUBLISHED) }),
							events: [entry]
						}
					: { id, heading: monthText(month), events: [entry] }
			);
	});
	return groups;
}

/** The timeline of these events (all of the content's, in timeline order, unless given fewer). */
export function timelinePage(content: Content, events: TimelineEvent[] = content.events): TimelinePage {
	const entries = events.map(entryOf);
	// The lanes, named in the edition of the page being made.
	const tracks = trackIds.map((id) => ({ id, label: trackText(id) }));
	const citations: Record<string, Citation> = {};
	for (const id of new Set(events.flatMap((e) => e.sources))) {
		const citation = citationOf(id, content);
		if (!citation) throw new Error(`An event cites "${id}", which is neither an article nor a report`);
		citations[id] = citation;
	}
	return {
		asOf: gatheredUpToText(content.reporting),
		groups: groupsOf(entries, events),
		citations,
		axis: layoutAxis(
			events.flatMap((event, i) => (entries[i].context ? [] : [{ ...event, when: entries[i].when }])),
			tracks,
			content.reporting.gatheredUpTo
		),
		tracks,
		points: content.points.map((p) => ({ number: p.number, title: p.title })),
		phases: content.phases.map((p, i) => ({ id: p.id, title: p.title, n: i + 1 }))
	};
}
