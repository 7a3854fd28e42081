// Lets a page turn on "Embed" buttons in every diagram's frame it draws, without passing props through each diagram.
import { getContext, setContext } from 'svelte';
import type { EmbedView } from './catalogue';

const key = Symbol('embed-buttons');

export interface EmbedButtons {
	views: EmbedView[];
	/** The phase the page shows now (a getter: it changes as the reader steps). */
	readonly phaseId: string;
}

export const provideEmbedButtons = (buttons: EmbedButtons) => setContext(key, buttons);

/** The view and phase for a diagram's Embed button, or null where the page does not offer embedding. */
export function embedButtonFor(kind: string): { view: EmbedView; phaseId: string } | null {
	const buttons = getContext<EmbedButtons | undefined>(key);
	const view = buttons?.views.find((v) => v.kind === kind);
	if (!buttons || !view) return null;
	return {
		view,
		get phaseId() {
			return buttons.phaseId;
		}
	};
}
