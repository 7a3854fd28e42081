// The edition a page or file belongs to, from its address: /ar/… and /since/ar/… are the Arabic edition's, the rest is
// the base language's. Plain JavaScript, so that svelte.config.js (which runs before anything is compiled) reads
// addresses as the site does.

/**
 * @template {string} L
 * @param {string} path an address's path: "/ar/phase/exchange"
 * @param {readonly L[]} locales the editions, from project.inlang/settings.json
 * @param {L} baseLocale the edition at the site's root
 * @returns {L}
 */
export const editionOfPathIn = (path, locales, baseLocale) =>
	locales.find((locale) => locale !== baseLocale && new RegExp(`^/(?:since/)?${locale}(?:/|$)`).test(path)) ??
	baseLocale;
