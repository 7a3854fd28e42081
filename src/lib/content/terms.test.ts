// Tests that the fixed terms (data/translations/terms.json) are complete for both editions: the terms the glossary of
// each edition needs, every person and place the data names, and each term's Arabic and Hebrew with a note.
import { describe, expect, it } from 'vitest';
import { languages, translationFiles } from './schema-translations';
import { readDataFolder } from './test-content';
import { validateContent } from './validate';

const raw = readDataFolder();
const terms = translationFiles['translations/terms.json'].parse(raw['translations/terms.json']);
const content = validateContent(raw);
const byEnglish = new Map(terms.flatMap((t) => t.en.match.map((m) => [m, t] as const)));

describe('the fixed terms', () => {
	it('has the terms whose use differs between parties and outlets, each in Arabic and Hebrew with a note', () => {
		const needed = [
			'yellow-line',
			'board-of-peace',
			'isf',
			'technocratic-committee',
			'palestinian-authority',
			'hostages',
			'captives',
			'detainees',
			'prisoners',
			'hamas',
			'rafah-crossing',
			'gaza-strip'
		];
		for (const id of needed) {
			const term = terms.find((t) => t.id === id);
			expect(term, id).toBeDefined();
			for (const language of languages) {
				expect(term?.[language].term, `${id} ${language}`).toMatch(
					language === 'ar' ? /\p{Script=Arabic}/u : /\p{Script=Hebrew}/u
				);
				expect(term?.[language].note.length, `${id} ${language}`).toBeGreaterThan(20);
			}
		}
	});

	it('says, for each of the four words for people held, which outlets and parties use which word', () => {
		for (const id of ['hostages', 'captives', 'detainees', 'prisoners']) {
			const term = terms.find((t) => t.id === id);
			expect(term?.ar.note, id).toMatch(/Al Jazeera|BBC/);
			expect(term?.he.note, id).toMatch(/Haaretz|Kan|Israeli/);
		}
	});

	it('spells every person, place and mediating state the data names', () => {
		const names = [
			...content['actors.json'].filter((a) => a.kind === 'person' || a.kind === 'mediator').map((a) => a.name),
			...content['geo/places.json'].map((p) => p.name)
		];
		expect(names).toContain('Steve Witkoff');
		expect(names).toContain('Khan Younis');
		expect(names.filter((name) => !byEnglish.has(name))).toEqual([]);
	});

	it('names each term once', () => {
		expect(new Set(terms.map((t) => t.id)).size).toBe(terms.length);
	});
});
