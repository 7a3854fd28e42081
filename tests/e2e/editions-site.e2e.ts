// The reader's site in its Arabic and Hebrew editions, on the built site: no interface string of the site's catalogue
// (messages/en.json, the site_ messages of two words or more) is left in English in a page's text or its aria-labels.
// Content from data/ (titles, summaries, quotes) is not the catalogue's and is not checked here.
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { close, hydrated, openPage } from './browser';

const english: Record<string, unknown> = JSON.parse(
	readFileSync(new URL('../../messages/en.json', import.meta.url), 'utf8')
);

/** Each text a message can show: a plain message's, or each variant's of a message with variants (plurals). */
const texts = (message: unknown): string[] =>
	typeof message === 'string'
		? [message]
		: Array.isArray(message)
			? message.flatMap((variant: { match?: Record<string, string> }) => Object.values(variant.match ?? {}))
			: [];

const words = (text: string) => text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The site's English messages of two words or more, each as a pattern where a {parameter} stands for any text. */
const siteMessages = Object.entries(english)
	.filter(([key]) => key.startsWith('site_'))
	.flatMap(([key, message]) => texts(message).map((text) => ({ key, text })))
	.filter(({ text }) => words(text.replace(/\{\w+\}/g, '')) >= 2)
	.map(({ key, text }) => ({
		key,
		text,
		pattern: new RegExp(
			text
				.split(/\{\w+\}/)
				.map((piece) => escape(piece.replace(/\s+/g, ' ')))
				.join('.+?')
		)
	}));

/**
 * What a reader is given on the page: every element's own text (its text nodes, joined), and every aria-label. A
 * message is sought in those, not in the page's whole text, so that English content around it (still untranslated
 * in data/) cannot pass for it; a message of several sentences is sought in the whole text too.
 */
async function readerText(path: string) {
	const page = await openPage(path);
	await hydrated(page);
	return page.evaluate(() => {
		const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
		// A phase's body is markdown from data/phases.json (its "What the plan says" heading is content).
		const elements = [...document.querySelectorAll('body *')].filter(
			(e) => !['SCRIPT', 'STYLE', 'TEMPLATE'].includes(e.tagName) && !e.closest('.phase-body')
		);
		return {
			own: elements.map((e) => squash(e.textContent ?? '')).filter((text) => text.length > 0 && text.length < 400),
			labels: elements.map((e) => e.getAttribute('aria-label')).filter((label): label is string => label !== null),
			whole: squash(document.body.textContent ?? '')
		};
	});
}

const pages = ['', '/phase/exchange', '/timeline', '/tracker', '/points', '/sources', '/glossary'];

afterAll(close);

describe.each(['ar', 'he'])('the %s edition of the reader’s site', (edition) => {
	it('finds the catalogue’s site messages in English to look for', () => {
		expect(siteMessages.length).toBeGreaterThan(100);
		expect(siteMessages.some(({ text }) => text === 'The plan and what happened')).toBe(true);
	});

	it.each(pages)(`/${edition}%s has no interface string left in English`, async (path) => {
		const { own, labels, whole } = await readerText(`/${edition}${path}`);
		const anchored = (pattern: RegExp) => new RegExp(`^${pattern.source}$`);
		const left = siteMessages
			.filter(
				({ text, pattern }) =>
					own.some((t) => anchored(pattern).test(t)) ||
					labels.some((l) => anchored(pattern).test(l)) ||
					(words(text) >= 6 && pattern.test(whole))
			)
			.map(({ key, text }) => `${key}: ${text}`);
		expect(left).toEqual([]);
	});
});

describe('the Arabic edition’s own punctuation', () => {
	// Our sentences join their parts with the Arabic comma (src/lib/editions/punctuation.ts); a Latin comma after an
	// Arabic word is ours. The verbatim English quotes keep theirs, and are not read here.
	it.each(['/ar/phase/exchange', '/ar/phase/board-of-peace'])(
		'%s writes the quotes’ sources and the phases it depends on with ،',
		async (path) => {
			const page = await openPage(path);
			const lines = await page.$$eval('figure.quote figcaption, .conditions dd:has(a)', (elements) =>
				elements.map((e) => e.textContent ?? '')
			);
			await page.close();
			expect(lines.length).toBeGreaterThan(2);
			expect(lines.filter((line) => /\p{Script=Arabic}\)?\s*[,;]/u.test(line))).toEqual([]);
			expect(lines.filter((line) => line.includes('،')).length).toBeGreaterThan(2);
		}
	);
});
