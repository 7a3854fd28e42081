// Where a reader goes from a point's status: its entry on the tracker, and each event it rests on in the timeline, in
// the reader's edition.
import { editionHref } from '$lib/site/edition-href';

/** The point's entry on /tracker. */
export const trackerHref = (point: number) => editionHref(`/tracker#point-${point}`);

/** The event on /timeline, where every event is an element with the id "event-<id>". */
export const timelineEventHref = (eventId: string) => editionHref(`/timeline#event-${eventId}`);
