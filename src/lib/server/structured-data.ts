// Each page's structured data (JSON-LD, schema.org's vocabulary typed by schema-dts, so that a type or property
// schema.org does not have fails the type check): the explainer's reporting pages are NewsArticles citing what they
// rest on, the glossary a set of defined terms, the deck a learning resource. Made at build time only.
import type {
	CreativeWork,
	DefinedTermSet,
	LearningResource,
	NewsArticle,
	Organization,
	Thing,
	WithContext
} from 'schema-dts';
import type { Content } from '$lib/content/types';
import { EXPLAINER_NAME } from '$lib/embed/catalogue';
import { cardPath } from '$lib/images/paths';
import { plainText } from '$lib/present/deck';
import { getLocale, localizeHref } from '$lib/paraglide/runtime';
import { absoluteUrl } from '$lib/site/origin';

/** The absolute address of a page of the explainer in the edition being rendered. */
const pageUrl = (path: string) => absoluteUrl(localizeHref(path));

/** What every page says of itself in its head (src/lib/site/PageMeta.svelte). */
export interface PageHead {
	title: string;
	description: string;
}

const explainer: Organization = { '@type': 'Organization', name: EXPLAINER_NAME, url: absoluteUrl('/') };

/** The four articles' and the later reports' ids, in the order given, each once. */
const distinct = (ids: Iterable<string>) => [...new Set(ids)];

/**
 * A source as cited: one of the four articles (a NewsArticle named by its headline; they have no address, and an
 * outlet only where their text names one), or a later report (a CreativeWork at its address, with its outlet, dated
 * where the reporting dates it; it has no headline in the data, so no name).
 */
function citation(content: Content, id: string): NewsArticle | CreativeWork {
	const article = content.sourceById[id];
	if (article)
		return {
			'@type': 'NewsArticle',
			name: article.headline,
			...(article.outlet ? { publisher: { '@type': 'Organization', name: article.outlet } } : {}),
			datePublished: article.date,
			inLanguage: article.language
		};
	const report = content.reportById[id];
	if (!report) throw new Error(`No article or report "${id}" to cite`);
	return {
		'@type': 'CreativeWork',
		url: report.url,
		publisher: { '@type': 'Organization', name: report.outlet },
		...(report.date && !report.dateApproximate ? { datePublished: report.date } : {}),
		inLanguage: report.language
	};
}

/** The sources of the events given, by id. */
const eventSources = (content: Content, eventIds: Iterable<string>) =>
	[...eventIds].flatMap((id) => content.eventById[id]?.sources ?? []);

/** What each reporting page cites: the sources of what it shows. */
function citedBy(content: Content, path: string): string[] | undefined {
	const phaseId = path === '/' ? content.phases[0].id : /^\/phase\/([^/]+)$/.exec(path)?.[1];
	if (phaseId) {
		const phase = content.phaseById[phaseId];
		if (!phase) return undefined;
		// Its quotes' articles, then the reports its status now rests on.
		const quoted = phase.quotes.map((q) => content.quoteById[q.quote].source);
		return distinct([...quoted, ...eventSources(content, phase.now.events)]);
	}
	switch (path) {
		case '/points':
		case '/tracker':
			// Each point's status now, and the events it rests on.
			return distinct(
				eventSources(
					content,
					content.tracker.flatMap((t) => t.events)
				)
			);
		case '/timeline':
			return distinct(
				eventSources(
					content,
					content.events.map((e) => e.id)
				)
			);
		case '/sources':
			// The four articles, then the later reports that carry a figure of the ledger.
			return distinct([
				...content.sources.map((s) => s.id),
				...content.figures.flatMap((f) => f.values.flatMap((v) => v.reports ?? []))
			]);
		default:
			return undefined;
	}
}

function newsArticle(content: Content, path: string, head: PageHead, cited: string[]): WithContext<NewsArticle> {
	const phaseId = /^\/phase\/([^/]+)$/.exec(path)?.[1];
	return {
		'@context': 'https://schema.org',
		'@type': 'NewsArticle',
		headline: head.title,
		description: head.description,
		url: pageUrl(path),
		mainEntityOfPage: pageUrl(path),
		image: absoluteUrl(cardPath(phaseId)),
		// First written from the four articles of the Sharm el-Sheikh talks: it speaks as of the latest of them.
		datePublished: content.talksAsOf.end,
		// Last brought up to date with the reporting gathered up to this day (data/reporting.json), which every "now"
		// in the explainer speaks from.
		dateModified: content.reporting.gatheredUpTo,
		author: explainer,
		publisher: explainer,
		inLanguage: getLocale(),
		citation: cited.map((id) => citation(content, id))
	};
}

const glossary = (content: Content, head: PageHead): WithContext<DefinedTermSet> => ({
	'@context': 'https://schema.org',
	'@type': 'DefinedTermSet',
	name: head.title,
	description: head.description,
	url: pageUrl('/glossary'),
	inLanguage: getLocale(),
	publisher: explainer,
	hasDefinedTerm: content.glossary.map((entry) => ({
		'@type': 'DefinedTerm',
		name: entry.term,
		description: plainText(entry.definition),
		url: `${pageUrl('/glossary')}#${entry.id}`
	}))
});

/** The deck's pages: material for a class, based on the explainer, not reporting of its own. */
const classroom = (content: Content, path: string, head: PageHead, deck: DeckPage): WithContext<LearningResource> => ({
	'@context': 'https://schema.org',
	'@type': 'LearningResource',
	// Its own name, not its title: the deck's title names the slide showing ("Slide 1 of 28"), which changes as it moves.
	name: `${deck.name} · ${EXPLAINER_NAME}`,
	description: head.description,
	url: pageUrl(path),
	image: absoluteUrl(cardPath()),
	learningResourceType: deck.kind,
	educationalUse: 'classroom discussion',
	isBasedOn: pageUrl('/'),
	dateModified: content.reporting.gatheredUpTo,
	author: explainer,
	publisher: explainer,
	inLanguage: getLocale()
});

interface DeckPage {
	name: string;
	/** What kind of material it is, in schema.org's learningResourceType, which takes free text. */
	kind: string;
}

const deckPages: Record<string, DeckPage> = {
	'/present': { name: 'Classroom slides', kind: 'presentation' },
	'/present/notes': { name: 'Presenter notes', kind: 'speaker notes' },
	'/present/handout': { name: 'Handout', kind: 'handout' },
	'/present/notes/print': { name: 'Speaker notes for print', kind: 'speaker notes' }
};

/**
 * The structured data of the page at a path; undefined for the pages kept out of search (the embeds and the editors'
 * gallery, noindex): the article that embeds a view carries its own, and their link previews and oEmbed say what a
 * CMS needs. Any other page must have some: a new page fails the build until it is given its kind here.
 */
export function structuredData(content: Content, path: string, head: PageHead): WithContext<Thing> | undefined {
	if (path === '/embed' || path.startsWith('/embed/')) return undefined;
	if (path === '/glossary') return glossary(content, head);
	if (deckPages[path]) return classroom(content, path, head, deckPages[path]);
	const cited = citedBy(content, path);
	if (cited) return newsArticle(content, path, head, cited);
	throw new Error(`${path}: no structured data for this page; give it its kind in src/lib/server/structured-data.ts`);
}

/** As a <script> data block: "<" escaped as \u003c, so that no text in it can close the element. */
export const jsonLdScript = (data: Thing): string =>
	`<script type="application/ld+json">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`;
