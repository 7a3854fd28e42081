// A stepper page's data, made at build time from the content: the phase, the order of phases, what the phase draws,
// and what happened next, sourced.
import { citedQuotes } from '$lib/content/cite';
import { shownTalksStatus } from '$lib/content/talks-words';
import type { Content } from '$lib/content/types';
import { drawingOf, type DiagramMakers, type ViewsShown } from '$lib/diagrams/makers';
import { daySpanText } from '$lib/format/format';
import { gatheredUpToText } from '$lib/since/as-of';
import { shownStatus } from '$lib/since/shown-status';
import type { PhaseInOrder, StepperPage } from '$lib/stepper/stepper-page';
import { whatHappenedNext } from './what-happened-next';

export const phasesInOrder = (content: Content): PhaseInOrder[] =>
	content.phases.map((p) => ({ id: p.id, title: p.title, kinds: p.diagrams.map((d) => d.kind) }));

/**
 * `views`: the site's pages carry the plan only and fetch a since view when first asked for (src/routes/since); an
 * embed, which does not hydrate, carries both.
 */
export function stepperPage(
	content: Content,
	makers: DiagramMakers,
	phaseId: string,
	views: ViewsShown = 'plan-only'
): StepperPage {
	const phase = content.phaseById[phaseId];
	const cited = citedQuotes(content);
	return {
		phase: {
			id: phase.id,
			title: phase.title,
			summary: phase.summary,
			trigger: phase.trigger,
			dependsOn: phase.dependsOn.map((id) => ({ id, title: content.phaseById[id].title })),
			body: phase.body,
			talks: {
				...shownTalksStatus(phase.status),
				note: phase.statusNote,
				asOf: daySpanText(content.talksAsOf.start, content.talksAsOf.end)
			},
			now: { ...shownStatus(phase.now.status), asOf: gatheredUpToText(content.reporting) }
		},
		phases: phasesInOrder(content),
		drawings: phase.diagrams.map((state) => drawingOf(makers, content, phase.id, state, 'with-notes', views)),
		points: phase.points.map((n) => ({ number: n, title: content.pointByNumber[n].title })),
		quotes: phase.quotes.map((q) => ({ quote: cited[q.quote], annotates: q.annotates })),
		next: whatHappenedNext(content, phaseId)
	};
}
