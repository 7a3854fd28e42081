// Tests that the figures speak the edition's language: in the Arabic and Hebrew editions, no English word in anything
// the drawing writes or announces (its rows, axes and marks, description, table and since view), but inside English
// quotations, which stay in English, isolated; and the English edition's words as they were.
import { describe, expect, it } from 'vitest';
import { loadEditionForTests } from '$lib/content/test-content';
import { englishWords, wordsRead } from '../words-read';
import { getLocale, overwriteGetLocale, type Locale } from '$lib/paraglide/runtime';
import { makeFigures } from './maker';

/**
 * Keys whose strings are names a program reads, not words a person does (ids, kinds, shapes), and the citations of
 * the since view's sources, which every diagram shares (src/lib/content/citation.ts words them).
 */
const LEFT_OUT = new Set(['id', 'figures', 'sources', 'shape', 'side', 'citations']);

/**
 * The figures made as the site makes them, in a request for the edition's pages: the words shared by every diagram
 * (the sources' links in the since view's table) are the request's.
 */
function madeInEdition(locale: Locale) {
	const content = loadEditionForTests(locale);
	const requests = getLocale;
	overwriteGetLocale(() => locale);
	try {
		const made = (['page', 'stage'] as const).map((format) => ({
			format,
			figures: makeFigures(content, format, locale)
		}));
		return { content, made };
	} finally {
		overwriteGetLocale(requests);
	}
}

describe.each(['ar', 'he'] as const)('the figures in the %s edition', (locale) => {
	const { content, made } = madeInEdition(locale);

	it.each(made)('write no English word in their $format layout, table or since view', ({ figures }) => {
		const found = wordsRead({ layout: figures.layout, table: figures.table, since: figures.since }, LEFT_OUT).flatMap(
			({ at, text }) => englishWords(text).map((w) => `${at}: ${w}`)
		);
		expect(found).toEqual([]);
	});

	it.each(made)('describe every phase’s $format figures without an English word', ({ figures }) => {
		const focuses = content.phases.flatMap((p) => p.diagrams.flatMap((d) => (d.kind === 'figures' ? [d.focus] : [])));
		expect(focuses.length).toBeGreaterThan(0);
		for (const focus of focuses) {
			const description = figures.describe({ focus }, '');
			expect(englishWords(description), description).toEqual([]);
		}
	});

	it('marks the plan’s own number and a row measured within another in the edition’s words', () => {
		const { layout } = made[0].figures;
		const within = layout.rows.find((r) => r.figures.length > 1)!;
		expect(within.axis.right).toMatch(locale === 'ar' ? /^48 محتجزاً/ : /^48 מוחזקים/);
		expect(layout.rows.find((r) => r.scale.zoomed)!.axis.note).toBe(
			locale === 'ar' ? 'مكبَّر: لا يبدأ من الصفر' : 'מוגדל: לא מאפס'
		);
	});
});

describe('the figures in the English edition', () => {
	const { layout, since } = makeFigures(loadEditionForTests('en'), 'page', 'en');
	it('keep their English words', () => {
		const within = layout.rows.find((r) => r.figures.length > 1)!;
		expect(within.title.map((t) => t.text).join(' ')).toMatch(/, of 48 held$/);
		expect(within.axis.right).toBe('48 held (A, C)');
		expect(layout.rows.find((r) => r.scale.zoomed)!.axis.note).toBe('zoomed: not from zero');
		expect(layout.words.title).toBe('The numbers, article by article');
		expect(since.key).toMatch(/^Each source’s value as a mark on the figure’s scale from zero: square: the plan’s/);
		expect(since.figures[0].values[0].who).toBe('The plan’s text (point 5)');
	});
});
