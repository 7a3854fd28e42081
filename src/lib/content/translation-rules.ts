// The checks one translated string must pass against its English: the edition's digits, nothing left in English,
// quotations kept word for word, the same numbers, dates, point numbers and link targets, the fixed terms, and
// markdown that stays safe markdown of the same blocks. Each returns what was expected, for a ContentIssue.
import { Lexer } from 'marked';
import type { Edition, Language, Term } from './schema-translations';
import { unsafeMarkdown } from './validate';

/** How the English string is carried: our words, our markdown, or our translation of a verbatim English text. */
export type Carried = 'text' | 'markdown' | 'verbatim';

/** The months' English names, January first. */
const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

/** "Oct" and "Sept" as well as "October"; May and March count only beside a day or a year (they are words too). */
const monthNames = MONTHS.map((m) => `${m.slice(0, 3)}(?:${m.slice(3)}${m === 'September' ? '|t' : ''})?`);
const monthPattern = `(${monthNames.join('|')})\\.?`;

const arabicIndic = /[\u0660-\u0669\u06F0-\u06F9]/;
const western = /[0-9]/;

/** Quotation marks: straight, typographic, guillemets and the low-9 mark German-style texts open with. */
const quoted = /["“„«]([^"“”„«»]+)["”“»]/g;
/** A straight double quote between two Hebrew letters is a gershayim (ארה"ב), not a quotation mark. */
const gershayim = /(?<=\p{Script=Hebrew})"(?=\p{Script=Hebrew})/gu;

const markdownLink = /\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)|<(https?:[^>\s]+)>/g;

export interface Context {
	language: Language;
	edition: Edition;
	terms: Term[];
}

/** Western digits in place of the edition's, so that numbers compare; the other system's digits are an error. */
function toWestern(value: string, edition: Edition): string {
	if (edition.digits === 'western') return value;
	return value.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660));
}

/** The string without link targets, which are compared on their own. */
function withoutLinks(value: string): string {
	return value.replace(markdownLink, ']()');
}

export function linkTargets(value: string): string[] {
	return [...value.matchAll(markdownLink)].map((m) => m[1] ?? m[2]);
}

/** The English quotations in a string, straight and typographic quotes made one. */
export function quotations(value: string): string[] {
	return [...value.replace(gershayim, '״').matchAll(quoted)].map((m) => normalise(m[1]));
}

/** Quotes and dashes may differ between copies of one text. */
function normalise(value: string): string {
	return value
		.replace(/[‘’]/g, "'")
		.replace(/[‐‑‒–—]/g, '-')
		.replace(/\s+/g, ' ')
		.trim();
}

/** Every number written in digits, by value: "1,200" and "1200" are one number. */
export function numbers(value: string): number[] {
	return [...withoutLinks(value).matchAll(/\d+(?:[,٬]\d{3})*(?:[.٫]\d+)?/g)].map((m) =>
		Number(m[0].replace(/[,٬]/g, '').replace('٫', '.'))
	);
}

interface EnglishDate {
	written: string;
	day?: number;
	month: number;
	year?: number;
}

/** The dates in an English string: a day, a month, a year, as far as it gives them. */
export function englishDates(value: string): EnglishDate[] {
	const found: EnglishDate[] = [];
	const taken: [number, number][] = [];
	const month = (name: string) => MONTHS.findIndex((m) => m.startsWith(name.slice(0, 3)));
	const patterns: [RegExp, (m: RegExpMatchArray) => Omit<EnglishDate, 'written'>][] = [
		[
			new RegExp(`\\b(\\d{1,2})\\s+${monthPattern}(?:\\s+(\\d{4}))?\\b`, 'g'),
			(m) => ({ day: Number(m[1]), month: month(m[2]), year: m[3] ? Number(m[3]) : undefined })
		],
		[
			new RegExp(`\\b${monthPattern}\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, 'g'),
			(m) => ({ day: Number(m[2]), month: month(m[1]), year: Number(m[3]) })
		],
		[new RegExp(`\\b${monthPattern}\\s+(\\d{4})\\b`, 'g'), (m) => ({ month: month(m[1]), year: Number(m[2]) })],
		[
			/\b(January|February|April|June|July|August|September|October|November|December)\b/g,
			(m) => ({ month: month(m[1]) })
		]
	];
	for (const [pattern, read] of patterns)
		for (const m of value.matchAll(pattern)) {
			const start = m.index ?? 0;
			const end = start + m[0].length;
			if (taken.some(([s, e]) => start < e && end > s)) continue;
			taken.push([start, end]);
			found.push({ written: m[0], ...read(m) });
		}
	return found;
}

function escape(value: string): string {
	return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The date as the edition writes it: the day, the month (Hebrew puts ב before it after a day), the year. */
function writtenInEdition(date: EnglishDate, edition: Edition): RegExp {
	const month = escape(edition.months[date.month]);
	const before = edition.beforeMonth ? `(?:${escape(edition.beforeMonth)})?` : '';
	const day = date.day === undefined ? '' : `(?<!\\d)${date.day}\\s+${before}`;
	const year = date.year === undefined ? '' : `\\s+${date.year}(?!\\d)`;
	return new RegExp(`${day}${month}${year}`, 'u');
}

function datesIn(date: EnglishDate, edition: Edition): string {
	const month = (date.day === undefined ? '' : (edition.beforeMonth ?? '')) + edition.months[date.month];
	return [date.day, month, date.year].filter((p) => p !== undefined).join(' ');
}

const listSeparator = String.raw`\s*(?:,|،|–|-|and|to|or|و|أو|إلى|ו-?|או|עד)\s*`;
const numberList = String.raw`\d+(?:${listSeparator}\d+)*`;

/** The numbers written after a word for a point; in English the word stands alone, an edition's may carry a prefix. */
function pointNumbers(value: string, words: string[], wholeWord = false): number[] {
	const alternatives = [...words].sort((a, b) => b.length - a.length).map(escape);
	const before = wholeWord ? '(?<!\\p{L})' : '';
	const pattern = new RegExp(`${before}(?:${alternatives.join('|')})\\.?\\s+(${numberList})`, 'giu');
	return [...value.matchAll(pattern)].flatMap((m) => m[1].match(/\d+/g)?.map(Number) ?? []).sort((a, b) => a - b);
}

/** A form as whole words; an acronym ("US", "UN") only in capitals, so that "us" is not the United States. */
function wholeWords(form: string): RegExp {
	const flags = form === form.toUpperCase() ? 'gu' : 'giu';
	return new RegExp(`(?<![\\p{L}\\p{N}])${escape(form)}(?![\\p{L}\\p{N}])`, flags);
}

/** Where each fixed term is called for in the English: whole words, a longer term's words counted for it alone. */
export function termsCalledFor(english: string, terms: Term[]): { term: Term; found: string }[] {
	const hits = terms.flatMap((term) =>
		term.en.match.flatMap((form) =>
			[...english.matchAll(wholeWords(form))].map((m) => ({
				term,
				found: m[0],
				start: m.index ?? 0,
				end: (m.index ?? 0) + m[0].length
			}))
		)
	);
	const inside = (a: (typeof hits)[number]) =>
		hits.some((b) => b.term !== a.term && b.end - b.start > a.end - a.start && b.start <= a.start && b.end >= a.end);
	const seen = new Set<string>();
	return hits
		.filter((h) => !inside(h))
		.filter((h) => !seen.has(h.term.id) && seen.add(h.term.id))
		.map(({ term, found }) => ({ term, found }));
}

/** The block outline of markdown: headings by level, paragraphs, lists with their items, quotes, code. */
function blocks(markdown: string): string {
	return Lexer.lex(markdown)
		.filter((t) => t.type !== 'space')
		.map((t) => {
			if (t.type === 'heading') return `h${t.depth}`;
			if (t.type === 'list') return `list(${t.items.length})`;
			if (t.type === 'paragraph') return 'p';
			return t.type;
		})
		.join(' ');
}

const list = (values: (string | number)[]) => values.join(', ') || 'none';

/** What a translated string was expected to be, one line per rule it breaks; empty when it passes. */
export function checkTranslatedText(english: string, given: string, carried: Carried, context: Context): string[] {
	const { edition, terms, language } = context;
	const problems: string[] = [];
	const script = new RegExp(`\\p{Script=${edition.script}}`, 'u');
	const otherDigits = edition.digits === 'western' ? arabicIndic : western;
	const otherDigit = given.match(new RegExp(otherDigits.source, 'g'));
	if (otherDigit)
		problems.push(
			`${edition.digits === 'western' ? 'Western digits (0–9)' : 'Arabic-Indic digits (٠–٩)'}, the ${edition.name} ` +
				`edition's choice (data/translations/editions.json); found "${otherDigit.join('')}"`
		);
	const translation = toWestern(given, edition);
	const latinAllowed = new Set(edition.latin);

	if (normalise(translation) === normalise(english) && !latinAllowed.has(translation.trim()))
		problems.push(`a translation into ${edition.name} (found the English unchanged)`);
	else if (!script.test(translation) && !latinAllowed.has(translation.trim()))
		problems.push(`text in ${edition.name} script (found none: only ${list(edition.latin)} may stay in Latin letters)`);
	else {
		const outsideQuotes = withoutLinks(translation.replace(gershayim, '״')).replace(quoted, ' ');
		const latin = [...new Set(outsideQuotes.match(/[A-Za-z]+/g) ?? [])].filter((w) => !latinAllowed.has(w));
		if (latin.length)
			problems.push(
				`no English left outside quotation marks (found ${latin.map((w) => `"${w}"`).join(', ')}; ` +
					`only ${list(edition.latin)} may stay in Latin letters)`
			);
	}

	if (carried !== 'verbatim') {
		const kept = translation.replace(gershayim, '״');
		for (const quote of quotations(english)) {
			const at = [...kept.matchAll(quoted)].find((m) => normalise(m[1]) === quote);
			if (!at) {
				problems.push(`the English quotation "${quote}" kept word for word, in quotation marks`);
				continue;
			}
			const after = kept.slice((at.index ?? 0) + at[0].length);
			const gloss = after.match(/^\s*\(([^)]*)\)/);
			if (!gloss || !script.test(gloss[1]))
				problems.push(`our translation of "${quote}" in parentheses right after it, not in quotation marks`);
		}
	}

	const englishNumbers = numbers(english);
	const translatedNumbers = numbers(translation);
	const missing = englishNumbers.filter((n) => !translatedNumbers.includes(n));
	const added = translatedNumbers.filter((n) => !englishNumbers.includes(n));
	if (missing.length)
		problems.push(`every number of the English (${list([...new Set(englishNumbers)])}); missing ${list(missing)}`);
	if (added.length) problems.push(`no number the English does not have (found ${list(added)})`);

	for (const date of englishDates(english))
		if (!writtenInEdition(date, edition).test(translation))
			problems.push(`the date "${date.written}" of the English, written "${datesIn(date, edition)}"`);

	const englishPoints = pointNumbers(english, ['points', 'point', 'pt'], true);
	const translatedPoints = pointNumbers(translation, edition.pointWords);
	if (englishPoints.join() !== translatedPoints.join())
		problems.push(
			`the point numbers of the English (${list(englishPoints)}) after ` +
				`${edition.pointWords.map((w) => `"${w}"`).join(' or ')} ` +
				`(found ${list(translatedPoints)})`
		);

	const englishLinks = linkTargets(english);
	const translatedLinks = linkTargets(translation);
	if (englishLinks.join('\n') !== translatedLinks.join('\n'))
		problems.push(
			`the link targets of the English, in its order (${list(englishLinks)}); found ${list(translatedLinks)}`
		);

	for (const { term, found } of termsCalledFor(english, terms)) {
		const fixed = term[language];
		const forms = fixed.forms ?? [fixed.term];
		if (!forms.some((form) => translation.includes(form)))
			problems.push(
				`"${found}" in the fixed term's form, ${forms.map((f) => `"${f}"`).join(' or ')} ` +
					`(data/translations/terms.json, "${term.id}")`
			);
	}

	if (carried === 'markdown') {
		if (unsafeMarkdown.test(translation)) problems.push('markdown without script, event handlers or javascript: links');
		const outline = blocks(english);
		const translatedOutline = blocks(translation);
		if (outline !== translatedOutline)
			problems.push(`markdown of the English's blocks (${outline}); found ${translatedOutline}`);
	}
	return problems;
}
