import type { Handle } from '@sveltejs/kit';
import { builtHere } from '$lib/editions/built-edition';
import { directionOf } from '$lib/editions/direction';
import { deLocalizeUrl } from '$lib/paraglide/runtime';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { edition } from '$lib/server/content';
import { editionLinks } from '$lib/server/edition-links';
import { pagePreview, previewTags } from '$lib/server/page-preview';
import { jsonLdScript, structuredData } from '$lib/server/structured-data';

/** An attribute's text as Svelte writes it: it escapes only these three characters in attribute values. */
const attributeText = (value: string) =>
	value
		.replace(/&quot;/g, '"')
		.replace(/&lt;/g, '<')
		.replace(/&amp;/g, '&');

/** The content of the first <meta> tag with this attribute ('name="description"'), as PageMeta writes it. */
const metaContent = (html: string, attribute: string) =>
	new RegExp(`<meta ${attribute} content="([^"]*)"`).exec(html)?.[1];

/**
 * The page's structured data, at the end of its head, after the link preview's tags that follow from its address
 * (src/lib/server/page-preview.ts).
 * Added here, as the page is rendered, rather than by a component, so that a hydrating page does not carry it twice
 * (once in the HTML, once in its data for the script): it is for crawlers, and no script reads it. Its headline and
 * description are the page's own, from the tags PageMeta writes.
 */
function withStructuredData(html: string, path: string): string {
	const title = metaContent(html, 'property="og:title"');
	const description = metaContent(html, 'name="description"');
	// An error page has none: it is not a page of the site (tests/e2e/page-meta.e2e.ts checks every built page has them).
	if (title === undefined || description === undefined) return html;
	const data = structuredData(edition().content, path, {
		title: attributeText(title),
		description: attributeText(description)
	});
	const preview = previewTags(pagePreview(path)) + editionLinks(path);
	return html.replace('</head>', `${preview}${data ? jsonLdScript(data) : ''}</head>`);
}

// No <link rel="modulepreload"> for the app's scripts: every page is prerendered in full and reads before any script
// runs, and on a slow line those preloads compete with the page for its first paint. The start-up script still
// imports the app's entry points, which fetch the rest. Measured against SvelteKit's defaults and against a rewrite of
// its start-up script, with Lighthouse's applied and simulated throttling: docs/start-up.md.
export const handle: Handle = ({ event, resolve }) =>
	// A page of another edition than the one this build makes is that edition's build's to make (svelte.config.js
	// lets the crawler pass over it). Otherwise, the edition's language for this request: every message and every
	// piece of content read while rendering it.
	!builtHere(event.url.pathname)
		? new Response("Made by its own edition's build", { status: 404 })
		: paraglideMiddleware(event.request, ({ request, locale }) => {
				event.request = request;
				return resolve(event, {
					// Nor for the font files: the editions' faces load only where a page has their script's letters, and a
					// preload would send both to every page, an English one too (docs/fonts.md).
					preload: ({ type }) => type === 'css',
					transformPageChunk: ({ html }) =>
						(html.includes('</head>') ? withStructuredData(html, deLocalizeUrl(event.url).pathname) : html)
							.replace('%edition.lang%', locale)
							.replace('%edition.dir%', directionOf(locale))
				});
			});
