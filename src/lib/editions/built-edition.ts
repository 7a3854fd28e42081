// Each edition is built on its own (scripts/build-editions.mjs), so that a page's code carries its edition's words
// only: the build names its edition, and every message keeps that language alone. The dev server, the tests and a
// plain `vite build` name none, and read the edition from each page's address.
import { baseLocale, experimentalStaticLocale, locales, type Locale } from '$lib/paraglide/runtime';
import { editionOfPathIn } from './edition-of-path.js';

/** The edition this build makes, or undefined where one build makes all three. */
export const builtEdition: Locale | undefined = locales.find((locale) => locale === experimentalStaticLocale);

/** The edition a page or file belongs to: /ar/… and /since/ar/… are the Arabic edition's; the rest is English. */
export const editionOfPath = (path: string): Locale => editionOfPathIn(path, locales, baseLocale);

/** Whether this build makes the page at this path: another edition's is its own build's to make. */
export const builtHere = (path: string): boolean => builtEdition === undefined || editionOfPath(path) === builtEdition;
