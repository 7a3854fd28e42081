import type { Handle } from '@sveltejs/kit';

// No <link rel="modulepreload"> for the app's scripts: every page is prerendered in full and reads before any script
// runs, and on a slow line those preloads compete with the page for its first paint. The start-up script still
// imports the app's entry points, which fetch the rest. Measured against SvelteKit's defaults and against a rewrite of
// its start-up script, with Lighthouse's applied and simulated throttling: docs/start-up.md.
export const handle: Handle = ({ event, resolve }) => resolve(event, { preload: ({ type }) => type !== 'js' });
