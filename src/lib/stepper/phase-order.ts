// The order of the phases and what comes before and after each: computed once, used by every view.
import { editionHref } from '$lib/site/edition-href';

export interface PhaseLink {
	id: string;
	title: string;
	href: string;
}

export interface PhasePosition {
	index: number;
	count: number;
	previous: PhaseLink | null;
	next: PhaseLink | null;
}

/** A phase's page, in the reader's edition: /phase/2, /ar/phase/2. */
export const phaseHref = (id: string) => editionHref(`/phase/${id}`);

export function phasePosition(phases: { id: string; title: string }[], id: string): PhasePosition {
	const index = phases.findIndex((p) => p.id === id);
	if (index < 0) throw new Error(`Unknown phase "${id}"`);
	const link = (i: number): PhaseLink | null =>
		i >= 0 && i < phases.length ? { id: phases[i].id, title: phases[i].title, href: phaseHref(phases[i].id) } : null;
	return { index, count: phases.length, previous: link(index - 1), next: link(index + 1) };
}
