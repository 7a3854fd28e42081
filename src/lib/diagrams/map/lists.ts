// How each edition separates the items of a list in the diagram's words: Arabic writes its own comma and semicolon.
import type { Locale } from '$lib/paraglide/runtime';

export const COMMA: Record<Locale, string> = { en: ', ', ar: '، ', he: ', ' };

/** Between items that hold commas of their own. */
export const SEMICOLON: Record<Locale, string> = { en: '; ', ar: '؛ ', he: '; ' };
