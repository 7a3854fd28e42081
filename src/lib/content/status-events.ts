// The events a status now rests on, in the timeline's order: what a page shows as the evidence for it.
import { compareDated } from './dates';
import type { Content, TimelineEvent } from './types';

export function statusEvents(content: Pick<Content, 'eventById'>, ids: string[]): TimelineEvent[] {
	return ids.map((id) => content.eventById[id]).sort(compareDated);
}
