// Structured data: every built page but the embeds carries one JSON-LD block that parses, with the schema.org type
// and fields a search engine reads: the reporting pages as NewsArticles citing their sources, the glossary, the deck.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXPLAINER_NAME } from '../../src/lib/embed/catalogue';
import { builtPages, editionOfPath, headOf, inEnglish, origin, pathOfPage } from './built-pages';
import { phases } from './data';

const read = <T>(file: string): T => JSON.parse(readFileSync(new URL(`../../data/${file}`, import.meta.url), 'utf8'));
const articles = read<{ id: string; headline: string; date: string; outlet: string | null }[]>('sources.json');
const reports = read<{ id: string; url: string; outlet: string }[]>('reports.json');
const quotes = read<{ id: string; source: string }[]>('quotes.json');
const events = read<{ id: string; sources: string[] }[]>('events.json');
const glossary = read<{ term: string }[]>('glossary.json');
const { gatheredUpTo } = read<{ gatheredUpTo: string }>('reporting.json');
const latestArticle = articles.map((a) => a.date).sort()[articles.length - 1];

interface Citation {
	'@type': string;
	name?: string;
	url?: string;
	publisher?: { '@type': string; name: string };
	datePublished?: string;
}
type Data = Record<string, unknown> & { '@context': string; '@type': string };

const isEmbed = (path: string) => {
	const english = inEnglish(path);
	return english === '/embed' || english.startsWith('/embed/');
};
const expectedType = (path: string) =>
	path === '/glossary' ? 'DefinedTermSet' : path.startsWith('/present') ? 'LearningResource' : 'NewsArticle';

function dataOf(file: string): Data {
	const blocks = headOf(file).structuredData;
	expect(blocks).toHaveLength(1);
	// "<" written as \u003c: no text in the block can close the <script> element.
	expect(blocks[0]).not.toContain('<');
	return JSON.parse(blocks[0]);
}

/** The citations' names (the articles' headlines) and addresses (the reports'). */
function cited(data: Data) {
	const citations = data.citation as Citation[];
	return {
		names: citations.flatMap((c) => (c.name ? [c.name] : [])),
		urls: citations.flatMap((c) => (c.url ? [c.url] : []))
	};
}
const reportUrls = (ids: string[]) => reports.filter((r) => ids.includes(r.id)).map((r) => r.url);

describe('structured data', () => {
	const pages = builtPages.filter((file) => !isEmbed(pathOfPage(file)));

	it('the embeds and the editors’ gallery carry none: they are kept out of search', () => {
		const embeds = builtPages.filter((file) => isEmbed(pathOfPage(file)));
		expect(embeds.length).toBeGreaterThanOrEqual(30);
		for (const file of embeds) expect(headOf(file).structuredData, file).toEqual([]);
	});

	it.each(pages)('%s: one block that parses, of its type, saying what the page says', (file) => {
		const path = pathOfPage(file);
		const { title, meta } = headOf(file);
		const data = dataOf(file);
		expect(data['@context']).toBe('https://schema.org');
		expect(data['@type']).toBe(expectedType(inEnglish(path)));
		expect(data.description).toBe(meta.description);
		expect(data.url).toBe(`${origin}${path}`);
		expect(data.inLanguage).toBe(editionOfPath(path));
		expect(data.publisher).toEqual({ '@type': 'Organization', name: EXPLAINER_NAME, url: `${origin}/` });
		if (data['@type'] === 'NewsArticle') {
			expect(data.headline).toBe(title);
			expect(data.image).toBe(meta['og:image']);
			expect(data.datePublished).toBe(latestArticle);
			expect(data.dateModified).toBe(gatheredUpTo);
			expect(data.author).toEqual(data.publisher);
			const citations = data.citation as Citation[];
			expect(citations.length).toBeGreaterThan(0);
			for (const c of citations) {
				expect(['NewsArticle', 'CreativeWork']).toContain(c['@type']);
				expect(c.name ?? c.url).toBeTruthy();
				if (c.url) expect(c.url).toMatch(/^https?:\/\/[^/]+/);
				if (c.publisher) expect(c.publisher).toEqual({ '@type': 'Organization', name: expect.any(String) });
				if (c.datePublished) expect(c.datePublished).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
			}
		}
	});

	it.each(phases.map((p) => p.id))(
		'phase/%s cites the articles it quotes and the reports of what happened next',
		(id) => {
			const phase = phases.find((p) => p.id === id)!;
			const { names, urls } = cited(dataOf(`phase/${id}.html`));
			const quoted = new Set(phase.quotes.map((q) => quotes.find((x) => x.id === q.quote)!.source));
			expect(new Set(names)).toEqual(new Set(articles.filter((a) => quoted.has(a.id)).map((a) => a.headline)));
			const next = phase.now.events.flatMap((e) => events.find((x) => x.id === e)!.sources);
			expect(new Set(urls)).toEqual(new Set(reportUrls(next)));
		}
	);

	it('the timeline cites every report its events rest on, each once', () => {
		const { urls } = cited(dataOf('timeline.html'));
		expect(urls).toHaveLength(new Set(urls).size);
		expect(new Set(urls)).toEqual(new Set(reportUrls(events.flatMap((e) => e.sources))));
	});

	it('the sources page cites the four articles by headline, with their dates and the outlets their texts name', () => {
		const citations = dataOf('sources.html').citation as Citation[];
		for (const article of articles)
			expect(citations).toContainEqual({
				'@type': 'NewsArticle',
				name: article.headline,
				...(article.outlet ? { publisher: { '@type': 'Organization', name: article.outlet } } : {}),
				datePublished: article.date,
				inLanguage: 'en'
			});
	});

	it.each([
		['present.html', 'Classroom slides', 'presentation'],
		['present/notes.html', 'Presenter notes', 'speaker notes'],
		['present/handout.html', 'Handout', 'handout'],
		['present/notes/print.html', 'Speaker notes for print', 'speaker notes']
	])('%s is a learning resource named for what it is, not for the slide it opens on', (file, name, kind) => {
		const data = dataOf(file);
		expect(data.name).toBe(`${name} · ${EXPLAINER_NAME}`);
		expect(data.learningResourceType).toBe(kind);
		expect(data.isBasedOn).toBe(`${origin}/`);
	});

	it('the glossary is a set of defined terms, each named and described in plain text', () => {
		const terms = dataOf('glossary.html').hasDefinedTerm as { '@type': string; name: string; description: string }[];
		// In the page's order, alphabetical; every term once.
		expect(terms.map((t) => t.name).sort()).toEqual(glossary.map((g) => g.term).sort());
		for (const term of terms) {
			expect(term['@type']).toBe('DefinedTerm');
			expect(term.description.length).toBeGreaterThan(40);
			expect(term.description).not.toMatch(/<\/?[a-z]+[\s>]|&(amp|quot|lt|#39);/);
		}
	});
});
