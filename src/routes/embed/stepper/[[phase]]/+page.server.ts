import { content } from '$lib/server/content';
import { embedEntries, embedPhase, embedView } from '$lib/server/embeds';
import type { EntryGenerator, PageServerLoad } from './$types';

// Plain links between prerendered pages, no hydration: the whole stepper embed loads one small script.
export const csr = false;

export const entries: EntryGenerator = () => embedEntries(embedView('stepper'));

export const load: PageServerLoad = ({ params }) => {
	const view = embedView('stepper');
	return { content, view, phaseId: embedPhase(view, params.phase) };
};
