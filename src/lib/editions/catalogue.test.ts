// The interface's message catalogue (messages/<locale>.json) holds the same messages in every edition: the same keys,
// each with the same {parameters}, and no Arabic or Hebrew message left as its English.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import settings from '../../../project.inlang/settings.json';

/** A message as the inlang message format stores it: a pattern, or its variants (plurals) under an array. */
type Stored = string | { declarations?: string[]; match: Record<string, string> }[];

/**
 * English messages an edition may keep as they are, each with the reason. Messages whose English has no words, only
 * parameters and punctuation ("{kicker}: {title}"), may always stay the same.
 */
const keptAsEnglish: Record<string, string> = {};

const catalogue = (locale: string): Record<string, Stored> => {
	const { $schema: _schema, ...messages } = JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8'));
	return messages;
};

const { baseLocale, locales } = settings;
const base = catalogue(baseLocale);
const editions = locales.filter((l) => l !== baseLocale);

/** Every {parameter} a message's patterns use or its variants declare; `\{` is a literal brace, `{#b}` markup. */
function parameters(message: Stored): string[] {
	const patterns = typeof message === 'string' ? [message] : message.flatMap((m) => Object.values(m.match));
	const used = patterns.flatMap((p) => [...p.matchAll(/(?<!\\)\{([^{}#/\s]+)\}/g)].map((match) => match[1]));
	const declared = typeof message === 'string' ? [] : message.flatMap((m) => m.declarations ?? []);
	const inputs = declared.flatMap((d) => /^input (\S+)$/.exec(d)?.[1] ?? []);
	return [...new Set([...used, ...inputs])].sort();
}

/** Whether a message has words of its own, beyond its parameters and punctuation. */
const hasWords = (message: Stored) =>
	/\p{L}/u.test(JSON.stringify(message).replace(/\{[^{}]*\}|declarations|selectors|match|input|local|plural/g, ''));

describe('the message catalogue', () => {
	it.each(editions)('has every English message in %s, and no other', (locale) => {
		const keys = Object.keys(catalogue(locale));
		const missing = Object.keys(base).filter((key) => !keys.includes(key));
		const extra = keys.filter((key) => !(key in base));
		expect({ missing, extra }).toEqual({ missing: [], extra: [] });
	});

	it.each(editions)('gives each message in %s the parameters of its English', (locale) => {
		const messages = catalogue(locale);
		const differ = Object.keys(base).filter(
			(key) => key in messages && parameters(messages[key]).join() !== parameters(base[key]).join()
		);
		expect(differ).toEqual([]);
	});

	it.each(editions)('leaves no message in %s as its English', (locale) => {
		const messages = catalogue(locale);
		const same = Object.keys(base).filter(
			(key) =>
				hasWords(base[key]) && !(key in keptAsEnglish) && JSON.stringify(messages[key]) === JSON.stringify(base[key])
		);
		expect(same).toEqual([]);
	});

	it.each(editions)('writes each message with words in %s in its own script', (locale) => {
		const script = locale === 'ar' ? /\p{Script=Arabic}/u : /\p{Script=Hebrew}/u;
		const messages = catalogue(locale);
		const texts = (message: Stored) =>
			typeof message === 'string' ? [message] : message.flatMap((m) => Object.values(m.match));
		const without = Object.keys(messages).filter(
			(key) => !(key in keptAsEnglish) && hasWords(messages[key]) && !texts(messages[key]).some((t) => script.test(t))
		);
		expect(without).toEqual([]);
	});

	it('reads parameters from patterns and from plural variants alike', () => {
		expect(parameters('Phase {n} of {count}, \\{literal\\} {#b}bold{/b}')).toEqual(['count', 'n']);
		const plural: Stored = [
			{
				declarations: ['input count', 'local countPlural = count: plural'],
				match: { 'countPlural=one': 'One more', 'countPlural=other': '{count} more, {source}' }
			}
		];
		expect(parameters(plural)).toEqual(['count', 'source']);
		expect([hasWords('{kicker}: {title}'), hasWords('Slide {n}'), hasWords(plural)]).toEqual([false, true, true]);
	});
});
