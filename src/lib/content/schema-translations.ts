// The schema of the editions' own files in data/translations/: each edition's conventions (script, digits, month
// names, the word for a point of the plan, the few strings that stay in Latin letters) and the fixed terms.
import { z } from 'zod';
import { id, text } from './schema-parts';

/** The editions besides the English, by language code; the routes will serve them later. */
export const languages = ['ar', 'he'] as const;
export type Language = (typeof languages)[number];

/** Words of the edition's language, none of them empty. */
const words = z.array(text).min(1, 'at least one word');

export const EditionSchema = z.strictObject({
	/** The language's name in English, for messages: "Arabic". */
	name: text,
	/** A Unicode script name: a translated string must hold at least one letter of it. */
	script: z.enum(['Arabic', 'Hebrew']),
	direction: z.enum(['rtl', 'ltr']),
	/** The digits the edition writes numbers in, the same everywhere in it. */
	digits: z.enum(['western', 'arabic-indic']),
	/** Why, in a sentence: the outlets it follows and what else it keeps consistent with. */
	digitsWhy: text,
	/** January to December, as the edition writes them in a date. */
	months: z.array(text).length(12, 'the twelve months, January first'),
	/** What the edition writes between a day and its month, joined to the month ("10 באוקטובר"). */
	beforeMonth: text.optional(),
	/** The edition's word for a point of the plan in its forms ("point 3", "points 9 and 13"). */
	pointWords: words,
	/** Whole words that may stay in Latin letters in a translation, outside quotation marks. */
	latin: z.array(z.string().regex(/^[A-Za-z]+$/, 'one word in Latin letters')),
	latinWhy: text
});

const inEdition = z.strictObject({
	/** How our sentences write the term. */
	term: text,
	/**
	 * The strings the check accepts for it, any one of them (a form with a prefix the language attaches, a stem common
	 * to singular and plural); the term itself when left out.
	 */
	forms: words.optional(),
	/** Who uses which word in this language, and how our edition uses it. */
	note: text,
	/** The outlets whose usage or spelling the choice follows. */
	source: text.optional()
});

export const TermSchema = z.strictObject({
	id,
	kind: z.enum(['term', 'body', 'person', 'place', 'label']),
	en: z.strictObject({
		term: text,
		/** The English forms that call for the fixed term: whole words, matched regardless of case. */
		match: words
	}),
	ar: inEdition,
	he: inEdition
});

export const translationFiles = {
	'translations/editions.json': z.strictObject({ ar: EditionSchema, he: EditionSchema }),
	'translations/terms.json': z.array(TermSchema).min(1, 'at least one term')
} as const;

export type Edition = z.infer<typeof EditionSchema>;
export type Term = z.infer<typeof TermSchema>;
export type TermInEdition = z.infer<typeof inEdition>;
