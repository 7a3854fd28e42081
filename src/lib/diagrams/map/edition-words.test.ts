// Tests that the map speaks the edition's language: in the Arabic and Hebrew editions, no English word in anything
// the drawing writes or announces (its labels and legends, description, table and since view), but inside English
// quotations, which stay in English, isolated; and the English edition's words as they were.
import { describe, expect, it } from 'vitest';
import { loadEditionForTests } from '$lib/content/test-content';
import { englishWords, wordsRead } from '../words-read';
import { getLocale, overwriteGetLocale, type Locale } from '$lib/paraglide/runtime';
import { drawingOf, type DiagramMakers } from '../makers';
import { makeMap } from './maker';

/**
 * Keys whose strings are names a program reads, not words a person does (ids, anchors, kinds, SVG paths), and the
 * citations of the since view's sources, which every diagram shares (src/lib/content/citation.ts words them).
 */
const LEFT_OUT = new Set([
	...['id', 'stage', 'anchor', 'kind', 'date', 'bound'],
	...['area', 'line', 'strip', 'israel', 'egypt'],
	'citations'
]);

/**
 * The map made as the site makes it, in a request for the edition's pages: the words shared by every diagram (the
 * sources' links under the since view) are the request's.
 */
function madeInEdition(locale: Locale) {
	const content = loadEditionForTests(locale);
	const requests = getLocale;
	overwriteGetLocale(() => locale);
	try {
		return {
			content,
			made: (['page', 'stage'] as const).map((format) => ({ format, map: makeMap(content, format, locale) }))
		};
	} finally {
		overwriteGetLocale(requests);
	}
}

describe.each(['ar', 'he'] as const)('the map in the %s edition', (locale) => {
	const { content, made } = madeInEdition(locale);
	const phases = content.phases.flatMap((p) => p.diagrams.flatMap((d) => (d.kind === 'map' ? [{ p, d }] : [])));

	it.each(made)('writes no English word in its $format layout, table or since view', ({ map }) => {
		const found = wordsRead({ layout: map.layout, table: map.table, since: map.since }, LEFT_OUT).flatMap(
			({ at, text }) => englishWords(text).map((w) => `${at}: ${w}`)
		);
		expect(found).toEqual([]);
	});

	it.each(made)('describes every phase’s $format map without an English word', ({ map }) => {
		expect(phases.length).toBeGreaterThan(0);
		for (const { p, d } of phases) {
			const makers = { map } as Partial<DiagramMakers> as DiagramMakers;
			const { description } = drawingOf(makers, content, p.id, d, 'without-notes');
			expect(englishWords(description), description).toEqual([]);
		}
	});

	it('names the sea, Israel and Egypt, and the towns as the edition spells them', () => {
		const { layout } = made[0].map;
		const regions = layout.regions.map((r) => r.lines.join(' '));
		expect(regions).toEqual(locale === 'ar' ? ['البحر المتوسط', 'إسرائيل', 'مصر'] : ['הים התיכון', 'ישראל', 'מצרים']);
		expect(layout.places.map((p) => p.label.lines.join(' ')).sort()).toEqual(content.places.map((p) => p.name).sort());
	});
});

describe('the map in the English edition', () => {
	const content = loadEditionForTests('en');
	const { layout, since } = makeMap(content, 'page', 'en');
	it('keeps its English words', () => {
		expect(layout.regions.map((r) => r.lines)).toEqual([['Mediterranean', 'Sea'], ['Israel'], ['Egypt']]);
		expect([layout.north.label.lines, layout.scaleBar.label.lines]).toEqual([['N'], ['5 km']]);
		expect(layout.marks.map((m) => m.label.lines.join(' '))).toContain('Yellow line (approximate)');
		expect(layout.words.title).toBe('Withdrawal lines on the map of Gaza');
		expect(since.layout.title).toBe(
			'Map of the Gaza Strip since the ceasefire (schematic), and the share Israel holds as reported'
		);
	});
});
