import { edition } from '$lib/server/content';
import { printedTracker } from '$lib/server/tracker-page';

/** The handout's last pages: where the 20 points stand now. */
export const load = () => ({ tracker: printedTracker(edition().content) });
