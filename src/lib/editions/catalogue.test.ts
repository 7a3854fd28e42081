// The interface's message catalogue (messages/<locale>.json) reads the same in the three editions: the same messages,
// each with the same {parameters}, and no Arabic or Hebrew message left in English but the few written down here.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Catalogue = Record<string, unknown>;

const read = (locale: string): Catalogue => {
	const { $schema: _, ...messages } = JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8'));
	return messages;
};

const english = read('en');
const editions = { ar: read('ar'), he: read('he') };

/** Messages an edition writes as the English does, and why. None so far: an acronym such as "ISF" or a name in Latin
 * letters would go here, with its reason (data/translations/editions.json lists the Latin each edition allows). */
const sameAsEnglish: Record<string, string> = {};

/** Every text a message can show: a plain message's, or each variant of a message with variants (plurals). */
function texts(message: unknown): string[] {
	if (typeof message === 'string') return [message];
	if (Array.isArray(message))
		return message.flatMap((variant: { match?: Record<string, string> }) => Object.values(variant.match ?? {}));
	return [];
}

/** The {parameters} a message's texts use, whatever the order. */
const parameters = (message: unknown) =>
	[
		...new Set(texts(message).flatMap((text) => [...text.matchAll(/(?<!\\)\{([a-zA-Z_]\w*)\}/g)].map((p) => p[1])))
	].sort();

describe('the message catalogue', () => {
	it('holds messages in every edition', () => {
		expect(Object.keys(english).length).toBeGreaterThan(1);
	});

	for (const [locale, catalogue] of Object.entries(editions)) {
		describe(locale, () => {
			it('has exactly the English keys', () => {
				expect(Object.keys(catalogue).sort()).toEqual(Object.keys(english).sort());
			});

			it('gives each message the English {parameters}', () => {
				const differ = Object.keys(english).filter(
					(key) => JSON.stringify(parameters(catalogue[key])) !== JSON.stringify(parameters(english[key]))
				);
				expect(differ).toEqual([]);
			});

			it('leaves no message as the English writes it, but those written down', () => {
				const same = Object.keys(english).filter(
					(key) => !(key in sameAsEnglish) && JSON.stringify(catalogue[key]) === JSON.stringify(english[key])
				);
				expect(same).toEqual([]);
			});

			it('writes each message in its own script', () => {
				const script = locale === 'ar' ? /\p{Script=Arabic}/u : /\p{Script=Hebrew}/u;
				// A message of parameters and punctuation alone ("{label}: «{headline}»") has no words to write.
				const words = (text: string) => /\p{L}/u.test(text.replace(/\{\w+\}/g, ''));
				const without = Object.entries(catalogue)
					.filter(([key]) => !(key in sameAsEnglish))
					.filter(([, message]) => texts(message).some((text) => words(text) && !script.test(text)))
					.map(([key]) => key);
				expect(without).toEqual([]);
			});
		});
	}
});
