// Checks that a quote stands verbatim in an article, allowing only typographic differences.

/** @typedef {{ found: true } | { found: false, nearest: string, similarity: number }} QuoteMatch */

/**
 * Reduces the typographic differences a verbatim quote may have from its article:
 * curly quotes and primes become straight quotes, every dash and the minus sign become "-",
 * an ellipsis character becomes "...", and each run of whitespace (non-breaking spaces and
 * line breaks included) becomes one space. The result is trimmed.
 * @param {string} text
 * @returns {string}
 */
export function normalize(text) {
	return text
		.replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
		.replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
		.replace(/[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g, '-')
		.replace(/\u2026/g, '...')
		.replace(/[\s\u00A0\u2007\u202F\uFEFF]+/g, ' ')
		.trim();
}

/** A letter or digit: a match may not start or end in the middle of a word. */
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Whether `needle` occurs in `haystack` starting and ending on word boundaries.
 * @param {string} needle
 * @param {string} haystack
 * @returns {boolean}
 */
function occursAsWhole(needle, haystack) {
	let at = haystack.indexOf(needle);
	while (at !== -1) {
		const before = haystack[at - 1] ?? ' ';
		const after = haystack[at + needle.length] ?? ' ';
		const startsClean = !WORD_CHAR.test(needle[0]) || !WORD_CHAR.test(before);
		const endsClean = !WORD_CHAR.test(needle[needle.length - 1]) || !WORD_CHAR.test(after);
		if (startsClean && endsClean) return true;
		at = haystack.indexOf(needle, at + 1);
	}
	return false;
}

/**
 * A word reduced for scoring only: lower case, without surrounding punctuation.
 * @param {string} word
 * @returns {string}
 */
function scoringKey(word) {
	return word.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/**
 * Length of the longest common subsequence of two word lists. Empty words (bare punctuation
 * such as a dash) never count as shared.
 * @param {string[]} a
 * @param {string[]} b
 * @returns {number}
 */
function commonSubsequenceLength(a, b) {
	let previous = new Array(b.length + 1).fill(0);
	for (let i = 1; i <= a.length; i++) {
		const current = new Array(b.length + 1).fill(0);
		for (let j = 1; j <= b.length; j++) {
			const same = a[i - 1] !== '' && a[i - 1] === b[j - 1];
			current[j] = same ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
		}
		previous = current;
	}
	return previous[b.length];
}

/**
 * Looks for a quote in an article. When it is not there verbatim, returns the passage of the
 * article, as many words long as the quote, that shares the longest common subsequence of words
 * with it (ties go to the earliest passage), and that share as `similarity` (0 to 1).
 * @param {string} quoteText
 * @param {string} articleText
 * @returns {QuoteMatch}
 */
export function findQuote(quoteText, articleText) {
	const quote = normalize(quoteText);
	const article = normalize(articleText);
	if (quote.length > 0 && occursAsWhole(quote, article)) return { found: true };

	const quoteWords = quote.split(' ').filter(Boolean);
	const articleWords = article.split(' ').filter(Boolean);
	const quoteKeys = quoteWords.map(scoringKey);
	const articleKeys = articleWords.map(scoringKey);
	const size = Math.min(quoteWords.length, articleWords.length);

	let bestStart = 0;
	let bestScore = -1;
	for (let start = 0; start + size <= articleWords.length; start++) {
		const score = commonSubsequenceLength(quoteKeys, articleKeys.slice(start, start + size));
		if (score > bestScore) {
			bestScore = score;
			bestStart = start;
		}
	}
	return {
		found: false,
		nearest: articleWords.slice(bestStart, bestStart + size).join(' '),
		similarity: quoteWords.length === 0 ? 0 : Math.max(bestScore, 0) / quoteWords.length
	};
}
