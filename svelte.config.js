import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { readFileSync } from 'node:fs';
import { editionOfPathIn } from './src/lib/editions/edition-of-path.js';
import { siteOrigin } from './scripts/site-origin.js';

// Each edition is built on its own by scripts/build-editions.mjs (`npm run build`), which names it here and merges the
// three into build/. With none named (a plain `vite build`), one build makes all three editions.
const edition = process.env.EDITION;
const { locales, baseLocale } = JSON.parse(
	readFileSync(new URL('project.inlang/settings.json', import.meta.url), 'utf8')
);
/** @param {string} path */
const editionOfPath = (path) => editionOfPathIn(path, locales, baseLocale);

/** An edition's list of its still images and cards (src/routes/images/index.json), which no page links to. */
const imagesListOf = (/** @type {string} */ locale) => `/${locale}/images/index.json`;

/**
 * Where an edition's build starts crawling: the English build from every route, the others from the counterpart of
 * every page the English build made (scripts/build-editions.mjs lists them), so that none is left for want of a link,
 * and from their lists of images.
 * @returns {import('@sveltejs/kit').PrerenderOption[]}
 */
function entriesOf(/** @type {string | undefined} */ edition) {
	const editions = locales.filter((locale) => locale !== baseLocale);
	if (!edition) return ['*', ...editions.flatMap((locale) => [`/${locale}`, imagesListOf(locale)])];
	if (edition === baseLocale) return ['*'];
	const englishPages = new URL('.svelte-kit/editions/english-pages.json', import.meta.url);
	/** @type {string[]} */
	const pages = JSON.parse(readFileSync(englishPages, 'utf8'));
	return [...pages.map((page) => (page === '/' ? `/${edition}` : `/${edition}${page}`)), imagesListOf(edition)];
}
/** Where the images are: /images/… and each edition's /ar/images/…, which a build step writes after prerendering. */
const isImage = (/** @type {string} */ path) =>
	locales.some((locale) => path.startsWith(locale === baseLocale ? '/images/' : `/${locale}/images/`));
const editionPages = edition ? `.svelte-kit/editions/${edition}` : 'build';

/** @type {import('@sveltejs/kit').Config} */
export default {
	preprocess: vitePreprocess(),
	compilerOptions: {
		// No global note of Svelte's version in every page: nothing reads it, and it is code on every page.
		discloseVersion: false,
		// A component may await: parts of the first page (diagrams, quotes, tables) each wait for a task of their own
		// while it hydrates, and Svelte hydrates the rest without waiting for them (src/lib/start-up/HydrateApart.svelte).
		experimental: { async: true }
	},
	vitePlugin: {
		dynamicCompileOptions: ({ filename, compileOptions }) => {
			// The embed preview is drawn on /embed and inside the Embed dialog, which loads on first use. The build leaves
			// the stylesheet of a component that lazily loaded code shares out of the page, so this one carries its styles
			// itself: the server render writes them into the page's <head>.
			if (filename.endsWith('/src/lib/embed/EmbedPreview.svelte')) return { css: 'injected' };
			// Each diagram is loaded on demand (src/lib/diagrams/components.ts), so the build cannot put its styles in the
			// pages that draw it. The server render writes them into each page's <head>, for the diagrams that page draws;
			// in the browser they stay in a stylesheet that comes with the diagram's code, not inside the code.
			if (filename.includes('/src/lib/diagrams/') && compileOptions.generate === 'server') return { css: 'injected' };
			// tests/e2e/page-styles.e2e.ts checks that every page has the rules for every scoped class it uses.
			return undefined;
		}
	},
	kit: {
		adapter: adapter({ pages: editionPages, assets: editionPages, strict: true }),
		// The three editions' builds share one version, so that their files sit side by side in build/.
		version: { name: process.env.BUILD_VERSION },
		// The service worker keeps the deck working offline; only the deck's pages register it
		// (src/routes/present/+layout.svelte), so a reader of the explainer never downloads the deck's cache.
		serviceWorker: { register: false },
		alias: { $data: 'data' },
		// url.origin while prerendering is the public origin, like src/lib/site/origin.ts.
		prerender: {
			origin: siteOrigin(),
			// With the Arabic and Hebrew editions' home pages, the crawler finds the rest of each edition from their links
			// and from every page's alternates in the other editions (src/lib/server/edition-links.ts).
			entries: entriesOf(edition),
			// The link previews name the still images and cards (src/lib/images/paths.ts), which a build step writes
			// after the pages are prerendered: the crawler finds them missing then. tests/e2e/page-meta.e2e.ts checks
			// that every image a page names is in build/. Any other missing page or file stops the build.
			// An edition's build answers 404 for another edition's pages (src/hooks.server.ts), which their own build makes.
			handleHttpError: ({ path, status, message }) => {
				if (isImage(path)) return;
				if (edition && status === 404 && editionOfPath(path) !== edition) return;
				throw new Error(message);
			},
			handleMissingId: 'fail',
			// The English build meets every route; the others' pages are held to the English ones by
			// tests/e2e/editions.e2e.ts (every English page has both counterparts).
			handleUnseenRoutes: edition && edition !== baseLocale ? 'ignore' : 'fail'
		},
		// Each page's CSS (about 6 KB gzip) goes into its HTML: no render-blocking stylesheet requests on a slow phone.
		inlineStyleThreshold: 32 * 1024,
		// A strict policy, as a <meta http-equiv> tag in every prerendered page. Scripts: our own files plus the hashes
		// SvelteKit adds for its inline start-up script; no 'unsafe-inline' for scripts. frame-ancestors cannot be set by
		// a meta tag, and is left unset on purpose: embeds must stay embeddable in any article.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				// Svelte writes style attributes (transforms, transitions) and the CSS above is inlined in <style>.
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'connect-src': ['self'],
				'frame-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};
