// The site's public origin, fixed when it was built (scripts/site-origin.js): absolute addresses in link previews,
// canonical URLs, oEmbed and structured data are made from it, never from where a page happens to be read.
export const siteOrigin: string = __SITE_ORIGIN__;

/** The absolute address of a path of the site ("/phase/exchange" → "https://news.example/phase/exchange"). */
export const absoluteUrl = (path: string): string => new URL(path, siteOrigin + '/').href;
