// The embed pages' data, from the one loader: the views, which phase a URL opens (or a 404), and what each page draws.
import { error } from '@sveltejs/kit';
import type { DiagramKind } from '$lib/content/types';
import { drawingOf } from '$lib/diagrams/makers';
import { embedCatalogue, type EmbedView, type EmbedViewKind } from '$lib/embed/catalogue';
import type { DiagramEmbedPage, StepperEmbedPage } from '$lib/embed/embed-page';
import { edition } from './content';
import { phasesInOrder, stepperPage } from './stepper-page';

/** The views, named in the edition of the page being made (so made for each page, not once). */
export const embedViews = (): EmbedView[] => embedCatalogue(phasesInOrder(edition().content));

export function embedView<K extends EmbedViewKind>(kind: K): EmbedView & { kind: K } {
	const view = embedViews().find((v): v is EmbedView & { kind: K } => v.kind === kind);
	if (!view) error(404, `No phase shows the ${kind} diagram`);
	return view;
}

/** The phase a path opens: the one named, which must be one the view shows, or the view's first. */
export function embedPhase(view: EmbedView, phaseId: string | undefined): string {
	if (phaseId === undefined) return view.phases[0].id;
	if (!view.phases.some((p) => p.id === phaseId)) error(404, `${view.name} has no phase "${phaseId}"`);
	return phaseId;
}

/** Prerender entries for a view: its default page and one page per phase. */
export const embedEntries = (view: EmbedView) => [{}, ...view.phases.map((p) => ({ phase: p.id }))];

/** One diagram of one phase, alone. */
export function diagramEmbedPage(kind: DiagramKind, phaseParam: string | undefined): DiagramEmbedPage {
	const view = embedView(kind);
	const phaseId = embedPhase(view, phaseParam);
	const { content, makers } = edition();
	const state = content.phaseById[phaseId].diagrams.find((d) => d.kind === kind);
	if (!state) error(404, `${view.name} is not drawn in phase "${phaseId}"`);
	return {
		view,
		phase: view.phases.find((p) => p.id === phaseId) ?? view.phases[0],
		drawing: drawingOf(makers, content, phaseId, state, 'with-notes')
	};
}

/** The stepper alone, at one phase: what the phase's header and diagrams show, without its reading and quotes. */
export function stepperEmbedPage(phaseParam: string | undefined): StepperEmbedPage {
	const view = embedView('stepper');
	const { content, makers } = edition();
	const { phase, phases, drawings } = stepperPage(content, makers, embedPhase(view, phaseParam), 'plan-and-since');
	return { view, phase, phases, drawings };
}
