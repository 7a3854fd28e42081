// The punctuation that joins the parts of our own sentences (the diagrams', a quote's source line), in each edition:
// Arabic writes its own comma and semicolon (، ؛), Hebrew the Latin ones, as English does. They are messages, so that
// each edition's pages carry their own marks only (tests/e2e/edition-scripts.e2e.ts).
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';

export interface Punctuation {
	/** ", " */
	comma: string;
	/** "; " */
	semicolon: string;
}

export const punctuation = (locale: Locale): Punctuation => ({
	comma: m.punctuation_comma({}, { locale }),
	semicolon: m.punctuation_semicolon({}, { locale })
});
