// The parts of a page's link preview that follow from its address alone: whether it is an article, the card it shows
// (its phase's, or the explainer's) and, for a view an article can embed, where its oEmbed answer is. They are written
// as each page is rendered (src/hooks.server.ts), for the crawlers and CMSs that read the prerendered HTML, so that the
// pages that hydrate carry no code for them. Title, description and canonical address change as the reader steps
// through the phases, and stay in the page (src/lib/site/PageMeta.svelte).
import { explainerName, frameTitle, isEmbedViewKind } from '$lib/embed/catalogue';
import { oembedPath } from '$lib/embed/oembed-path';
import { cardPath, cardSize } from '$lib/images/paths';
import { m } from '$lib/paraglide/messages';
import { localizeHref } from '$lib/paraglide/runtime';
import { absoluteUrl } from '$lib/site/origin';
import { embedViews } from './embeds';

export interface PagePreview {
	/** "article" for a page of the explainer's reporting, "website" for the others. */
	type: 'article' | 'website';
	/** The phase whose card the preview shows; none for the explainer's own card. */
	phase?: { id: string; title: string };
	/** The embed a CMS may turn a link to this page into: its oEmbed answer in the page's edition. */
	oembed?: { path: string; title: string };
}

const articles = new Set(['/', '/points', '/timeline', '/tracker', '/sources']);

/** What the page at `path` ("/phase/exchange", "/embed/map/yellow-line") previews as. */
export function pagePreview(path: string): PagePreview {
	const stepper = embedViews().find((v) => v.kind === 'stepper')!;
	if (path === '/')
		return { type: 'article', oembed: { path: oembedPath('stepper'), title: frameTitle(stepper, undefined) } };
	const [, section, first, second] = path.split('/');
	if (section === 'phase') {
		const phase = stepper.phases.find((p) => p.id === first);
		if (!phase) return { type: 'website' };
		const oembed = { path: oembedPath('stepper', phase.id), title: frameTitle(stepper, phase.id) };
		return { type: 'article', phase, oembed };
	}
	if (section === 'embed' && first !== undefined && isEmbedViewKind(first)) {
		const view = embedViews().find((v) => v.kind === first)!;
		// The phase it shows: the one its address names, or the first of a view that opens on one.
		const phase = view.phases.find((p) => p.id === second) ?? (view.whole ? undefined : view.phases[0]);
		const oembed = { path: oembedPath(view.kind, second), title: frameTitle(view, second) };
		return { type: 'website', phase, oembed };
	}
	return { type: articles.has(path) ? 'article' : 'website' };
}

const attribute = (value: string) =>
	value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The preview's tags for the page's head, in the page's edition, with the ones that are the same on every page. */
export function previewTags({ type, phase, oembed }: PagePreview): string {
	const name = explainerName();
	const imageAlt = phase ? m.card_phase_alt({ title: phase.title, name }) : m.card_explainer_alt({ name });
	const tags = [
		`<meta property="og:type" content="${type}">`,
		`<meta property="og:site_name" content="${attribute(name)}">`,
		`<meta property="og:image" content="${attribute(absoluteUrl(cardPath(phase?.id)))}">`,
		`<meta property="og:image:width" content="${cardSize.width}">`,
		`<meta property="og:image:height" content="${cardSize.height}">`,
		`<meta property="og:image:alt" content="${attribute(imageAlt)}">`,
		'<meta name="twitter:card" content="summary_large_image">'
	];
	if (oembed)
		tags.push(
			`<link rel="alternate" type="application/json+oembed" ` +
				`href="${attribute(absoluteUrl(localizeHref(oembed.path)))}" ` +
				`title="${attribute(oembed.title)}">`
		);
	return tags.join('');
}
