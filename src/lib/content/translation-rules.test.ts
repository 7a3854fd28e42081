// Tests how the translation checks read the English: the dates, numbers, point numbers, quotations and fixed terms
// the rules then look for in a translation, in the forms data/ writes them.
import { describe, expect, it } from 'vitest';
import type { Term } from './schema-translations';
import { englishDates, linkTargets, numbers, quotations, termsCalledFor } from './translation-rules';

const term = (id: string, match: string[]): Term => ({
	id,
	kind: 'term',
	en: { term: match[0], match },
	ar: { term: 'ع', note: 'n' },
	he: { term: 'ע', note: 'n' }
});

describe('reading the English', () => {
	it('finds dates written day first, month first, abbreviated, as a range, or as a month alone', () => {
		const found = englishDates(
			'On 10 October 2025, on October 13, 2025, on 8 Oct 2025, from 2–15 Feb 2026, in December 2025 and in June.'
		).map(({ written, day, month, year }) => [written, day, month, year]);
		expect(found).toEqual([
			['10 October 2025', 10, 9, 2025],
			['8 Oct 2025', 8, 9, 2025],
			['15 Feb 2026', 15, 1, 2026],
			['October 13, 2025', 13, 9, 2025],
			['December 2025', undefined, 11, 2025],
			['June', undefined, 5, undefined]
		]);
	});

	it('reads "May" and "March" as months only beside a day or a year', () => {
		expect(
			englishDates('Talks may resume; troops march on. On 3 May and in March 2026.').map((d) => d.written)
		).toEqual(['3 May', 'March 2026']);
	});

	it('reads numbers by value, thousands separators aside, and not inside link targets', () => {
		expect(numbers('1,700 people, 1.5–6.5 km, 53% and [a map](https://example.org/2025/10/map-4)')).toEqual([
			1700, 1.5, 6.5, 53
		]);
		expect(numbers('1700 و٬ 2٫5')).toEqual([1700, 2.5]);
	});

	it('lists link targets in order, autolinks too', () => {
		expect(linkTargets('[a](https://a.example) then <https://b.example> and [c](/sources "title")')).toEqual([
			'https://a.example',
			'https://b.example',
			'/sources'
		]);
	});

	it('takes straight and typographic quotations alike, and a Hebrew gershayim for none', () => {
		expect(quotations('He said “agreed upon line” and "new border line".')).toEqual([
			'agreed upon line',
			'new border line'
		]);
		expect(quotations('האו"ם אמר "yellow line" (הקו הצהוב)')).toEqual(['yellow line']);
	});

	it('calls for a fixed term on whole words, an acronym only in capitals, a longer term for its own words', () => {
		const terms = [
			term('united-states', ['United States', 'US']),
			term('jordan', ['Jordan']),
			term('rosiland-jordan', ['Rosiland Jordan']),
			term('yellow-line', ['yellow line'])
		];
		const called = (english: string) => termsCalledFor(english, terms).map((t) => `${t.term.id}: ${t.found}`);
		expect(called('Let us go; Rosiland Jordan reports the Yellow line.')).toEqual([
			'rosiland-jordan: Rosiland Jordan',
			'yellow-line: Yellow line'
		]);
		expect(called('US envoys went to Jordan; yellow lines.')).toEqual(['united-states: US', 'jordan: Jordan']);
	});
});
