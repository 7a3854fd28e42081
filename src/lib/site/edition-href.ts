// An address of the site in the reader's edition: /points on the Arabic pages is /ar/points, so that a reader stays in
// the edition and the prerender crawler finds each edition's pages from its home. An edition's home is /ar, not /ar/,
// as the prerendered files name it. The files to download (/data/…), the oEmbed answers and the still images and
// cards (/ar/images/…) are in each edition too.
import { getLocale, localizeHref, type Locale } from '$lib/paraglide/runtime';

export const editionHref = (path: string, locale: Locale = getLocale()): string =>
	localizeHref(path, { locale }).replace(/^(\/[a-z]{2})\/(?=$|[?#])/, '$1');
