// The one script the timeline page loads (same origin, built by Vite, no inline code): see enhance.ts.
import { enhanceTimeline } from './enhance';

const root = document.querySelector<HTMLElement>('[data-timeline]');
if (root) enhanceTimeline(root, window);
// The mark the browser tests wait for on every page, set by the pages that hydrate once they have: the page answers
// its reader now.
document.body.dataset.hydrated = 'true';
