import { edition } from '$lib/server/content';
import { embedView } from '$lib/server/embeds';
import { trackerSummaryPage } from '$lib/server/tracker-page';

// Plain HTML, no hydration: the tracker embed loads the one small script every embed loads.
export const csr = false;

export const load = () => ({ view: embedView('tracker'), ...trackerSummaryPage(edition().content) });
