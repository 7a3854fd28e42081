// The embed pages' data, from the one loader: the views, and which phase a URL opens (or a 404).
import { error } from '@sveltejs/kit';
import { embedCatalogue, type EmbedView, type EmbedViewKind } from '$lib/embed/catalogue';
import { content } from './content';

export const embedViews: EmbedView[] = embedCatalogue(content.phases);

export function embedView(kind: EmbedViewKind): EmbedView {
	const view = embedViews.find((v) => v.kind === kind);
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
