import { describe, expect, it } from 'vitest';
import { translatedData } from './apply-translation';
import { readDataFolder } from './test-content';
import { validateContent } from './validate';

const raw = readDataFolder();
const english = validateContent(raw);

describe('translatedData', () => {
	for (const language of ['ar', 'he'] as const) {
		const edition = validateContent(translatedData(raw, language));

		it(`${language}: keeps a quote's English text word for word and sets our translation beside it`, () => {
			edition['quotes.json'].forEach((quote, i) => {
				expect(quote.text).toBe(english['quotes.json'][i].text);
				expect(quote.translation).toMatch(language === 'ar' ? /\p{Script=Arabic}/u : /\p{Script=Hebrew}/u);
			});
		});

		it(`${language}: puts the translated words in place and keeps ids, dates and numbers`, () => {
			const phases = edition['phases.json'];
			expect(phases.map((p) => p.id)).toEqual(english['phases.json'].map((p) => p.id));
			expect(phases[0].title).not.toBe(english['phases.json'][0].title);
			expect(phases[0].title).toMatch(language === 'ar' ? /\p{Script=Arabic}/u : /\p{Script=Hebrew}/u);
			expect(edition['events.json'].map((e) => e.date)).toEqual(english['events.json'].map((e) => e.date));
			expect(edition['points.json'].map((p) => p.number)).toEqual(english['points.json'].map((p) => p.number));
			expect(edition['sources.json'].map((s) => s.headline)).toEqual(english['sources.json'].map((s) => s.headline));
		});
	}

	it('leaves the English data as they were', () => {
		translatedData(raw, 'ar');
		expect(validateContent(raw)).toEqual(english);
	});
});
