// Each edition's pages load their own language's words only: each edition is built on its own
// (scripts/build-editions.mjs), so the scripts of an Arabic page carry no Hebrew message, a Hebrew page's no Arabic
// one, and an English page's neither. The language switch names each language in itself, so those two names are the
// only words of another script a page's code may carry.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { manifestOf } from './edition-manifests';
import { pageWeight } from './page-weight';

const read = (file: string) => {
	const path = new URL(`../../build/${file}`, import.meta.url);
	return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
};

const arabic = /[\u0600-\u06ff]+/g;
const hebrew = /[\u0590-\u05ff]+/g;
/** The language switch's names of the languages (src/lib/editions/LanguageSwitch.svelte). */
const names = new Set(['العربية', 'עברית']);

/** The words of a script in the code a page loads, less the languages' own names. */
function wordsIn(page: string, edition: string, script: RegExp): string[] {
	const html = read(page);
	if (!html) throw new Error(`build/${page} is missing: run npm run build`);
	const { files } = pageWeight({ page, html, manifest: manifestOf(edition), read, diagramKinds: [] });
	const words = files.flatMap(({ file }) => read(file)?.match(script) ?? []);
	return [...new Set(words)].filter((word) => !names.has(word));
}

describe("each edition's pages load their own language's words only", () => {
	it.each([
		['index.html', 'en', arabic],
		['index.html', 'en', hebrew],
		['present.html', 'en', hebrew],
		['ar.html', 'ar', hebrew],
		['ar/present.html', 'ar', hebrew],
		['he.html', 'he', arabic],
		['he/present.html', 'he', arabic]
	])('%s (%s): no word in %s', (page, edition, script) => {
		expect(wordsIn(page, edition, script)).toEqual([]);
	});

	it.each([
		['ar.html', 'ar', arabic],
		['he.html', 'he', hebrew]
	])("%s (%s) does carry its own language's words: the test reads the page's code", (page, edition, script) => {
		expect(wordsIn(page, edition, script).length).toBeGreaterThan(50);
	});
});
