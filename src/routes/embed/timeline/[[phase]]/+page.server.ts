import { embedEntries, embedView } from '$lib/server/embeds';
import { timelineEmbedPage } from '$lib/server/timeline-embed';
import type { EntryGenerator, PageServerLoad } from './$types';

// Prerendered, no hydration: the timeline embed loads one small script, like every embed.
export const csr = false;

export const entries: EntryGenerator = () => embedEntries(embedView('timeline'));

export const load: PageServerLoad = ({ params }) => timelineEmbedPage(params.phase);
