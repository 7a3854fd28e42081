// "What happened next" on a phase's page, made at build time: its status now in our words and the events it rests on,
// each with its date, caveat and sources, so that no claim about what happened reaches the page without a source.
import { citationOf, type Citation } from '$lib/content/citation';
import { statusEvents } from '$lib/content/status-events';
import type { Content } from '$lib/content/types';
import { datedText, partialDateText } from '$lib/format/format';
import type { WhatHappenedNext } from '$lib/stepper/stepper-page';

/** The timeline, filtered to one phase's events (the filter lives in its URL). */
export const timelineHrefOf = (phaseId: string) => `/timeline?phase=${encodeURIComponent(phaseId)}`;

export function whatHappenedNext(content: Content, phaseId: string): WhatHappenedNext {
	const { now } = content.phaseById[phaseId];
	// One object for a source cited by several events: the page's data carries it once.
	const cited = new Map<string, Citation | undefined>();
	const cite = (id: string) => {
		if (!cited.has(id)) cited.set(id, citationOf(id, content));
		return cited.get(id);
	};
	return {
		note: now.note,
		...(now.caveat ? { caveat: now.caveat } : {}),
		latest: now.latestEventDate ? partialDateText(now.latestEventDate) : null,
		events: statusEvents(content, now.events).map((e) => ({
			id: e.id,
			when: datedText(e),
			...(e.end ? {} : { datetime: e.date }),
			title: e.title,
			description: e.description,
			...(e.caveat ? { caveat: e.caveat } : {}),
			// Validation has made sure every source an event cites exists.
			citations: e.sources.map(cite).filter((c): c is Citation => c !== undefined)
		})),
		timelineHref: timelineHrefOf(phaseId)
	};
}
