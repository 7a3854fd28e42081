import { embedEntries, embedView, stepperEmbedPage } from '$lib/server/embeds';
import type { EntryGenerator, PageServerLoad } from './$types';

// Plain links between prerendered pages, no hydration: the whole stepper embed loads one small script.
export const csr = false;

export const entries: EntryGenerator = () => embedEntries(embedView('stepper'));

export const load: PageServerLoad = ({ params }) => stepperEmbedPage(params.phase);
