// What the service worker saves on install, so that the deck, its notes, its handout and every page they link to
// read with the network gone: the pages' HTML, their data (__data.json, /since/*.json), the app's scripts and styles,
// the icon and the manifest. Left out, fetched only when asked for: the still images and cards (/images/, about
// 29 MB), the downloads (/data/), the oEmbed files and the embeds, which no page of the deck needs to read.
// What this keeps, and its bytes, is in the README ("Offline"); tests/e2e/offline.e2e.ts holds it under a budget.

/** Path prefixes of what is never precached. */
const leftOut = ['/images/', '/data/', '/oembed/', '/embed/'];

/** Static files that are for hosts and crawlers, not for a page. */
const forHosts = new Set(['/_headers', '/robots.txt']);

/** Whether a prerendered page or file (a path from $service-worker's `prerendered` or `files`) is precached. */
export function precached(path: string): boolean {
	// An edition's own (/ar/embed/…, /he/data/…) are left out as the English are.
	const shared = path.replace(/^\/(?:ar|he)(?=\/)/, '');
	if (shared === '/embed' || forHosts.has(path)) return false;
	return !leftOut.some((prefix) => shared.startsWith(prefix));
}

/** The edition a prerendered page or file is part of: /ar/… and /since/ar/… are the Arabic edition's. */
const editionOfPath = (path: string): string => /^\/(?:since\/)?(ar|he)(?:\/|$)/.exec(path)?.[1] ?? 'en';

/**
 * Whether a prerendered page or file belongs to the edition the deck was opened in: a worker saves one edition, the
 * teacher's, not three times the pages (the deck's pages register it with their edition in its address).
 */
export const inEdition = (path: string, edition: string): boolean => editionOfPath(path) === edition;
