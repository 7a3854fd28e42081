// The editions share one set of routes: /ar/phase/2 is routed as /phase/2, and the page reads its language from the
// address (scripts/vite/messages.js).
import type { Reroute } from '@sveltejs/kit';
import { deLocalizeUrl } from '$lib/paraglide/runtime';

export const reroute: Reroute = ({ url }) => deLocalizeUrl(url).pathname;
