// Every prerendered page carries the style rules for every scoped class in its HTML, in its own <style> elements or the
// stylesheets it links: nothing is left for a script to add, so a page is styled with JavaScript off and does not shift
// when its scripts arrive.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const build = join(dirname(fileURLToPath(import.meta.url)), '../../build');
/** Every built page, as its file's path inside build/. */
const pages = existsSync(build)
	? readdirSync(build, { recursive: true, encoding: 'utf8' })
			.filter((f) => f.endsWith('.html') && !f.startsWith('_app'))
			.sort()
	: [];

function unstyled(page: string): string[] {
	const file = join(build, page);
	const html = readFileSync(file, 'utf8');
	const body = html.slice(html.indexOf('<body'));
	const used = new Set([...body.matchAll(/\bsvelte-[a-z0-9]{4,}\b/g)].map((m) => m[0]));
	let css = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n');
	for (const m of html.matchAll(/<link href="([^"]+\.css)" rel="stylesheet"(?! disabled)/g))
		css += readFileSync(join(dirname(file), m[1]), 'utf8');
	return [...used].filter((hash) => !css.includes(`.${hash}`));
}

describe('page styles', () => {
	it('finds the built pages', () => expect(pages.length).toBeGreaterThan(30));

	it.each(pages)('%s has the rules for every scoped class it uses', (page) => {
		expect(unstyled(page)).toEqual([]);
	});
});
