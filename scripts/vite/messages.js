// How the interface's messages (messages/<locale>.json) compile into src/lib/paraglide: one set of options for the
// Vite plugin (dev, build, tests) and for scripts/compile-messages.mjs (svelte-check, which runs no Vite plugin).
// The locale comes from the address alone: /ar/… and /he/… are the Arabic and Hebrew editions, everything else is
// English. No cookie or browser preference: a prerendered page has one language, and a link shared is read as sent.

/** @type {import('@inlang/paraglide-js').CompilerOptions} */
export const messageOptions = {
	project: './project.inlang',
	outdir: './src/lib/paraglide',
	strategy: ['url', 'baseLocale'],
	// As SvelteKit's pages are built (ar.html, served at /ar): no address ends in a slash but the English home page's.
	trailingSlash: 'never',
	// Each message in a module of its own, so that a page's code carries only the messages it uses.
	outputStructure: 'message-modules',
	// Each edition's build names its locale here (scripts/build-editions.mjs sets it with Vite's `define`): every
	// message then keeps only that edition's words, and a page's code carries one language, not three. Left undefined
	// (the dev server, the tests, a plain `vite build`), the locale comes from the address as above.
	experimentalStaticLocale: '/** @type {any} */ (globalThis).__PARAGLIDE_STATIC_LOCALE__',
	emitGitIgnore: false,
	emitPrettierIgnore: false,
	emitReadme: false
};
