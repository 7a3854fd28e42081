// The timeline embed's data: every event, or one phase's, with the axis laid out for those events alone.
import { error } from '@sveltejs/kit';
import type { TimelineEmbedPage } from '$lib/embed/embed-page';
import { edition } from './content';
import { embedView } from './embeds';
import { timelinePage } from './timeline-page';

export function timelineEmbedPage(phaseParam: string | undefined): TimelineEmbedPage {
	const view = embedView('timeline');
	const { content } = edition();
	if (phaseParam === undefined) return { view, phase: null, timeline: timelinePage(content) };
	const phase = view.phases.find((p) => p.id === phaseParam);
	if (!phase) error(404, `The timeline has no phase "${phaseParam}"`);
	return {
		view,
		phase,
		timeline: timelinePage(
			content,
			content.events.filter((e) => e.phases.includes(phase.id))
		)
	};
}
