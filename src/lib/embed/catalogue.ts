// Which views an editor can embed (the stepper, each diagram in the phases that show it, and the views of the whole
// plan since the talks) and their names, in the page's edition; the kinds and paths are view-kinds.ts's.
import { diagramKinds } from '$lib/content/diagram-kinds';
import { m } from '$lib/paraglide/messages';
import type { PhaseInOrder } from '$lib/stepper/stepper-page';
import { embedPath, wholePlanViews, type EmbedViewKind } from './view-kinds';

export * from './view-kinds';

/** Each view's name, in the edition of the page being made. */
export const viewNames: Record<EmbedViewKind, () => string> = {
	stepper: m.embed_view_stepper,
	sequence: m.embed_view_sequence,
	exchange: m.embed_view_exchange,
	map: m.embed_view_map,
	governance: m.embed_view_governance,
	figures: m.embed_view_figures,
	timeline: m.embed_view_timeline,
	tracker: m.embed_view_tracker
};

/**
 * The explainer's name in English (messages/en.json's embed_explainer_name), for what names it in English whatever
 * the edition: the oEmbed provider, the structured data's publisher, the still images' credit line.
 */
export const EXPLAINER_NAME = 'The Gaza peace plan, step by step';

/** The explainer's name in the edition of the page being made. */
export const explainerName = (): string => m.embed_explainer_name();

export interface EmbedPhase {
	id: string;
	title: string;
	/** 1-based position among all phases. */
	n: number;
}

export interface EmbedView {
	kind: EmbedViewKind;
	name: string;
	/** The phases this view can show, in order; the first is its default. None for a view of the whole plan. */
	phases: EmbedPhase[];
	/** How many phases the plan has in all ("Phase 2 of 6"). */
	phaseCount: number;
	/** Where the view's page without a phase shows every phase (the timeline), what it shows; else it opens the first. */
	whole?: string;
}

/**
 * The stepper, then each diagram kind that some phase shows, in the schema's order, then the timeline (every event, or
 * a phase's), then the views of the whole plan. Named in the edition of the page being made: call it for each page.
 */
export function embedCatalogue(phases: readonly PhaseInOrder[]): EmbedView[] {
	const all = phases.map((p, i) => ({ id: p.id, title: p.title, n: i + 1 }));
	const views: EmbedView[] = [{ kind: 'stepper', name: viewNames.stepper(), phases: all, phaseCount: all.length }];
	for (const kind of diagramKinds) {
		const showing = all.filter((_, i) => phases[i].kinds.includes(kind));
		if (showing.length) views.push({ kind, name: viewNames[kind](), phases: showing, phaseCount: all.length });
	}
	views.push({
		kind: 'timeline',
		name: viewNames.timeline(),
		phases: all,
		phaseCount: all.length,
		whole: m.embed_every_event()
	});
	for (const kind of wholePlanViews) views.push({ kind, name: viewNames[kind](), phases: [], phaseCount: all.length });
	return views;
}

/** "Phase 2 of 6: Pull-back to the yellow line" */
export const phaseLabel = (phase: EmbedPhase, count: number) =>
	m.embed_phase_label({ n: phase.n, count, title: phase.title });

/** The iframe's title attribute: what the frame holds, for screen-reader users in the article. */
export function frameTitle(view: EmbedView, phaseId: string | undefined, title = view.name): string {
	const phase = view.phases.find((p) => p.id === phaseId) ?? (view.whole ? undefined : view.phases[0]);
	const name = explainerName();
	if (phase) return m.embed_frame_title_part({ title, part: phaseLabel(phase, view.phaseCount), name });
	return view.whole
		? m.embed_frame_title_part({ title, part: view.whole.toLowerCase(), name })
		: m.embed_frame_title({ title, name });
}

/** Every embed page that is prerendered: each view without a phase (its default) and with each of its phases. */
export function embedPaths(views: readonly EmbedView[]): string[] {
	return views.flatMap((v) => [embedPath(v.kind), ...v.phases.map((p) => embedPath(v.kind, p.id))]);
}
