import type { Handle } from '@sveltejs/kit';
import { building } from '$app/environment';
import { paintFirst } from '$lib/server/paint-first';

// Prerendered pages (what readers get) paint before the app's scripts are fetched; see paint-first.ts. The dev server
// sends its policy as a header that a page transform cannot reach, so it keeps SvelteKit's own start-up.
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, { transformPageChunk: building ? ({ html }) => paintFirst(html) : undefined });
