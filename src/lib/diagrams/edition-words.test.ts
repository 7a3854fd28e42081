// The Arabic and Hebrew editions' sequence, exchange and governance diagrams speak their edition's language: no word
// of Latin letters in what their drawings write, describe or tabulate, at any phase, on a page or on the stage, in the
// plan or in what happened since the talks. Only an English quotation, kept word for word inside its isolates (⁦…⁩),
// the acronyms the editions write in Latin letters after the full name (ISF, NCAG; data/translations/README.md), and
// a source line's own words (the outlets it links to, why a report is weak) are left out of the check.
import { describe, expect, it } from 'vitest';
import { loadEditionForTests } from '$lib/content/test-content';
import type { AnyDrawing } from './drawing';
import { diagramMakers, drawingOf } from './makers';

/** Keys whose strings are ids, kinds, anchors, styles or paths: what the drawing is made of, never shown as words. */
const NOT_WORDS = new Set([
	...['kind', 'direction', 'phaseId', 'id', 'into', 'actor', 'members', 'focus', 'from', 'to', 'step', 'status'],
	...['anchor', 'voice', 'arrow', 'tone', 'style', 'look', 'markerCorner', 'plan', 'reported', 'bend', 'path']
]);

/** Every string a drawing carries as words, with where it is: its layout's labels, its description, its since view. */
function wordsOf(value: unknown, where: string): [string, string][] {
	if (typeof value === 'string') return [[where, value]];
	if (Array.isArray(value)) return value.flatMap((v, i) => wordsOf(v, `${where}[${i}]`));
	if (value && typeof value === 'object')
		return Object.entries(value).flatMap(([key, v]) => (NOT_WORDS.has(key) ? [] : wordsOf(v, `${where}.${key}`)));
	return [];
}

/**
 * Markup's text, without its tags, the links' words (the outlets' names) and why a report is weak: those words are the
 * source lines' (src/lib/content/weak-reasons.ts), not the diagrams'.
 */
const textOfMarkup = (html: string) =>
	html
		.replace(/<a [^>]*>[^<]*<\/a>/g, ' ')
		.replace(/<span class="weak">[^<]*<\/span>/g, ' ')
		.replace(/<[^>]+>/g, ' ')
		.replace(/&amp;/g, '&');

/** What is left in Latin letters once the quotations and the editions' Latin acronyms are taken out. */
const latinWords = (text: string) =>
	text
		.replace(/\u2066[^\u2069]*\u2069/g, ' ')
		.replace(/\b(ISF|NCAG)\b/g, ' ')
		.match(/\p{Script=Latin}{3,}/gu) ?? [];

function shownWords(drawing: AnyDrawing): [string, string][] {
	const { since } = drawing;
	return [
		...wordsOf(drawing.layout, 'layout'),
		...wordsOf(drawing.table, 'table'),
		['description', drawing.description],
		...(since
			? [
					...wordsOf({ ...since, notesHtml: undefined, tableHtml: undefined }, 'since'),
					['since.notesHtml', textOfMarkup(since.notesHtml)] as [string, string],
					['since.tableHtml', textOfMarkup(since.tableHtml)] as [string, string]
				]
			: [])
	];
}

describe.each(['ar', 'he'] as const)('the %s edition’s own diagram words', (edition) => {
	const content = loadEditionForTests(edition);
	const drawings = (['page', 'stage'] as const).flatMap((format) => {
		const makers = diagramMakers(content, format, edition);
		return content.phases.flatMap((phase) =>
			phase.diagrams
				.filter((state) => ['sequence', 'exchange', 'governance'].includes(state.kind))
				.map((state) => ({
					name: `${phase.id} (${format}): ${state.kind}`,
					drawing: drawingOf(makers, content, phase.id, state, 'without-notes')
				}))
		);
	});

	it('draws each of the three kinds', () => {
		expect(new Set(drawings.map((d) => d.drawing.kind))).toEqual(new Set(['sequence', 'exchange', 'governance']));
	});

	it.each(drawings)('$name writes no word in Latin letters', ({ drawing }) => {
		const latin = shownWords(drawing).flatMap(([where, text]) => latinWords(text).map((word) => `${where}: ${word}`));
		expect(latin).toEqual([]);
	});

	// Arabic writes its own comma and semicolon (punctuation.ts); a Latin one after an Arabic word is ours.
	if (edition === 'ar')
		it.each(drawings)('$name joins Arabic words with the Arabic comma and semicolon', ({ drawing }) => {
			const latinMarks = shownWords(drawing).flatMap(([where, text]) =>
				(text.replace(/\u2066[^\u2069]*\u2069/g, ' ').match(/\p{Script=Arabic}[,;]/gu) ?? []).map(
					(m) => `${where}: ${m}`
				)
			);
			expect(latinMarks).toEqual([]);
		});
});

describe('the check itself', () => {
	it('finds an English word left in a label, and passes a quotation and an acronym', () => {
		expect(latinWords('المقال ج: ⁦“believed to be alive”⁩ (ISF)')).toEqual([]);
		expect(latinWords('مجلس السلام: under negotiation')).toEqual(['under', 'negotiation']);
		expect(textOfMarkup('<p><a href="x">Reuters</a>, 13 أكتوبر 2025 &amp; ok</p>')).not.toContain('Reuters');
	});
});
