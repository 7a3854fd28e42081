// Link previews: every built page carries the tags a social network or a CMS reads (Open Graph, Twitter, canonical,
// and oEmbed where a page can be embedded), each address absolute on the site's origin and naming a file in build/.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { embedCatalogue } from '../../src/lib/embed/catalogue';
import { builtPages, editionOfPath, fileOfUrl, headOf, inBuild, inEnglish, origin, pathOfPage } from './built-pages';
import { phasesInOrder } from './data';

const views = embedCatalogue(phasesInOrder);
const reportingPages = /^\/(phase\/[^/]+|points|timeline|tracker|sources)?$/;

/** The phase whose card a page's preview shows: a phase page's, an embed's (its first where the address names none). */
function cardPhase(path: string): string | undefined {
	const phase = /^\/phase\/([^/]+)$/.exec(path)?.[1];
	if (phase) return phase;
	const [, kind, named] = /^\/embed\/([^/]+)(?:\/([^/]+))?$/.exec(path) ?? [];
	const view = views.find((v) => v.kind === kind);
	if (!view) return undefined;
	return named ?? (view.whole ? undefined : view.phases[0]?.id);
}

/** The explainer's name as the page's edition writes it (messages/<locale>.json). */
const explainerNameIn = (path: string): string => {
	return JSON.parse(readFileSync(`messages/${editionOfPath(path)}.json`, 'utf8')).embed_explainer_name;
};

/** The oEmbed file a page names: an embed's at its own path, a phase page's the stepper's at that phase. */
function oembedOf(path: string): string | undefined {
	if (path === '/') return '/oembed/stepper.json';
	const phase = /^\/phase\/([^/]+)$/.exec(path)?.[1];
	if (phase) return `/oembed/stepper/${phase}.json`;
	const embed = /^\/embed\/(.+)$/.exec(path)?.[1];
	return embed ? `/oembed/${embed}.json` : undefined;
}

describe('link previews', () => {
	it('the build has the pages to check: the stepper, the phases, the site pages, the deck and every embed', () => {
		expect(builtPages).toEqual(
			expect.arrayContaining(['index.html', 'phase/exchange.html', 'glossary.html', 'present/handout.html'])
		);
		expect(builtPages.filter((p) => p.startsWith('embed/')).length).toBeGreaterThanOrEqual(30);
	});

	it.each(builtPages)('%s: title, description, canonical address, Open Graph and Twitter card', (file) => {
		const path = pathOfPage(file);
		const { title, meta, links } = headOf(file);
		expect(title).not.toBe('');
		expect(meta.description).toBeTruthy();
		expect(meta['og:title']).toBe(title);
		expect(meta['og:description']).toBe(meta.description);
		expect(meta['og:site_name']).toBe(explainerNameIn(path));
		expect(meta['og:type']).toBe(reportingPages.test(inEnglish(path)) ? 'article' : 'website');
		expect(meta['twitter:card']).toBe('summary_large_image');

		const canonical = links.filter((l) => l.rel === 'canonical');
		expect(canonical.map((l) => l.href)).toEqual([`${origin}${path}`]);
		expect(meta['og:url']).toBe(`${origin}${path}`);
		expect(inBuild(fileOfUrl(canonical[0].href)!)).toBe(true);

		// The edition's own card, drawn from its own embed in its words: /ar/images/cards/… on an Arabic page.
		const card = cardPhase(inEnglish(path)) ?? 'explainer';
		const edition = editionOfPath(path);
		const images = edition === 'en' ? '/images' : `/${edition}/images`;
		expect(meta['og:image']).toBe(`${origin}${images}/cards/${card}.png`);
		expect([meta['og:image:width'], meta['og:image:height']]).toEqual(['1200', '630']);
		expect(meta['og:image:alt']).toContain(explainerNameIn(path));
	});

	it.each(builtPages)('%s: its oEmbed link, where it can be embedded, names a file in build/', (file) => {
		const path = pathOfPage(file);
		const oembed = headOf(file).links.filter((l) => l.rel === 'alternate' && l.type === 'application/json+oembed');
		// The edition's own answer: /ar/oembed/… for an Arabic page.
		const expected = oembedOf(inEnglish(path));
		const edition = editionOfPath(path);
		const prefix = edition === 'en' ? '' : `/${edition}`;
		expect(oembed.map((l) => l.href)).toEqual(expected ? [`${origin}${prefix}${expected}`] : []);
		for (const link of oembed) {
			expect(link.title).toContain(explainerNameIn(path));
			expect(inBuild(fileOfUrl(link.href)!), link.href).toBe(true);
		}
	});

	// The cards are drawn by a build step of their own (src/lib/images/paths.ts names them); until it runs, this fails.
	it('every card a preview names is in build/', () => {
		const cards = [...new Set(builtPages.map((file) => headOf(file).meta['og:image']))];
		// each phase's and the explainer's, in each of the three editions
		expect(cards.length).toBe((phasesInOrder.length + 1) * 3);
		expect(cards.filter((url) => !inBuild(fileOfUrl(url) ?? url))).toEqual([]);
	});
});
