// What the service worker saves on install, so that the deck, its notes, its handout and every page they link to
// read with the network gone: the pages' HTML, their data (__data.json, /since/*.json), the app's scripts and styles,
// the icon and the manifest. Left out, fetched only when asked for: the still images and cards (/images/, /ar/images/…,
// about 29 MB each), the downloads (/data/), the oEmbed files and the embeds, which no page of the deck needs to read.
// What this keeps, and its bytes, is in the README ("Offline"); tests/e2e/offline.e2e.ts holds it under a budget.
import { baseLocale, locales, type Locale } from '$lib/paraglide/runtime';

/** Path prefixes of what is never precached. */
const leftOut = ['/images/', '/data/', '/oembed/', '/embed/'];

/** Static files that are for hosts and crawlers, not for a page. */
const forHosts = new Set(['/_headers', '/robots.txt']);

/** A path as the English edition's: "/ar/embed/map" is "/embed/map", "/ar" is "/". */
const inBaseEdition = (path: string): string =>
	locales.reduce(
		(english, locale) => (locale === baseLocale ? english : english.replace(new RegExp(`^/${locale}(?=/|$)`), '')),
		path
	) || '/';

/**
 * Whether a prerendered page or file (a path from $service-worker's `prerendered` or `files`) is precached: in every
 * edition alike, so that the Arabic deck leaves out /ar/embed/… as the English one leaves out /embed/….
 */
export function precached(path: string): boolean {
	const english = inBaseEdition(path);
	if (english === '/embed' || forHosts.has(english)) return false;
	return !leftOut.some((prefix) => english.startsWith(prefix));
}

/**
 * The worker that saves one edition's deck. Each edition is built on its own (scripts/build-editions.mjs), with a
 * worker that knows its build's files: the English one keeps SvelteKit's address, the others are named for theirs.
 */
export const workerScript = (locale: Locale): string =>
	locale === baseLocale ? '/service-worker.js' : `/service-worker-${locale}.js`;

/** The edition a worker saves, from its own address: the pages of the deck that registered it. */
export const workerEdition = (path: string): Locale =>
	locales.find((locale) => workerScript(locale) === path) ?? baseLocale;
