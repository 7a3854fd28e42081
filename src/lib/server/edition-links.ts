// Each page's other editions, for search engines and for readers' browsers: a <link rel="alternate" hreflang> to the
// page in every language, the English one also as the default. Written as the page is rendered (src/hooks.server.ts):
// no hydrating page carries code for them.
import { localizeHref, locales } from '$lib/paraglide/runtime';
import { absoluteUrl } from '$lib/site/origin';

/** The alternates of the page at `path`, its address in the English edition ("/phase/exchange"). */
export function editionLinks(path: string): string {
	const link = (hreflang: string, href: string) => `<link rel="alternate" hreflang="${hreflang}" href="${href}">`;
	const english = absoluteUrl(path);
	return [
		...locales.map((locale) => link(locale, absoluteUrl(localizeHref(path, { locale })))),
		link('x-default', english)
	].join('');
}
