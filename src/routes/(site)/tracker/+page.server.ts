import { edition } from '$lib/server/content';
import { trackerPage } from '$lib/server/tracker-page';

// Drawn whole at build time and not hydrated: hydrating its 20 entries, their evidence and sources cost the reader
// over 200 ms of blocked main thread on a mid-range phone, for a page whose only controls are links. Like the timeline.
export const csr = false;

export const load = () => trackerPage(edition().content);
