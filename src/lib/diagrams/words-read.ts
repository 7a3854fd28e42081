// For the tests that hold a diagram to its edition's language: the words a person reads or hears in anything a maker
// made, and the English words left among them. Kept apart so that each kind's test reads its drawings the same way.

/** Words of three Latin letters or more, outside English quotations (⁦"…"⁩) and the acronyms the editions keep. */
export const englishWords = (text: string) =>
	(text.replace(/\u2066[^\u2069]*\u2069/g, '').match(/\p{Script=Latin}{3,}/gu) ?? []).filter(
		(w) => !['ISF', 'NCAG', 'ynet'].includes(w)
	);

/** Markup's text, without the sources' links every diagram shares. */
const markupText = (html: string) => html.replace(/<p class="sources">.*?<\/p>/g, ' ').replace(/<[^>]*>/g, ' ');

/**
 * Every string a reader sees or hears in a value, with where it sits; `leftOut` names the keys whose strings are names
 * a program reads (ids, kinds, paths), not words a person does.
 */
export function wordsRead(value: unknown, leftOut: ReadonlySet<string>, at = ''): { at: string; text: string }[] {
	if (typeof value === 'string') return [{ at, text: markupText(value) }];
	if (Array.isArray(value)) return value.flatMap((v, i) => wordsRead(v, leftOut, `${at}[${i}]`));
	if (value && typeof value === 'object')
		return Object.entries(value).flatMap(([k, v]) => (leftOut.has(k) ? [] : wordsRead(v, leftOut, `${at}.${k}`)));
	return [];
}
