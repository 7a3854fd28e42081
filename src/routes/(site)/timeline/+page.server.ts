import { edition } from '$lib/server/content';
import { timelinePage } from '$lib/server/timeline-page';

// Drawn whole at build time and not hydrated: hydrating would send every event's text a second time, as data, and
// weigh more than a phase page. One small script brings the filters and the arrow keys (timeline-script.ts).
export const csr = false;

export const load = () => ({ timeline: timelinePage(edition().content) });
