// The site's public origin (scheme, host and port), from which the build makes every absolute address: link previews,
// canonical URLs, oEmbed and structured data. Set SITE_ORIGIN when building for a real host; a local build uses the
// address `npm run preview` serves. A value that is not an origin stops the build: every absolute link would be wrong.

export const defaultSiteOrigin = 'http://localhost:4173';

/** The origin SITE_ORIGIN names, without a trailing slash; the default when it is unset or empty. */
export function siteOrigin(value = process.env.SITE_ORIGIN) {
	if (!value) return defaultSiteOrigin;
	let url;
	try {
		url = new URL(value);
	} catch {
		throw new Error(`SITE_ORIGIN is "${value}": expected an origin such as https://news.example`);
	}
	if (!['http:', 'https:'].includes(url.protocol) || url.origin !== value.replace(/\/+$/, ''))
		throw new Error(
			`SITE_ORIGIN is "${value}": expected an http or https origin with no path, query or hash, ` +
				`such as https://news.example`
		);
	return url.origin;
}
