// The punctuation that joins the parts of our own sentences (the diagrams', a quote's source line), in each edition:
// Arabic writes its own comma and semicolon (، ؛), Hebrew the Latin ones, as English does.
import type { Locale } from '$lib/paraglide/runtime';

export interface Punctuation {
	/** ", " */
	comma: string;
	/** "; " */
	semicolon: string;
}

const arabic: Punctuation = { comma: '، ', semicolon: '؛ ' };
const latin: Punctuation = { comma: ', ', semicolon: '; ' };

export const punctuation = (locale: Locale): Punctuation => (locale === 'ar' ? arabic : latin);
