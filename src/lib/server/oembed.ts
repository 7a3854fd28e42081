// The oEmbed answer for each embed page (oEmbed 1.0, type "rich"): what a CMS needs to turn a pasted link into the
// embed, our plain iframe snippet, with the link-preview card as its thumbnail. Prerendered as static JSON files, in
// each edition (/oembed/…, /ar/oembed/…, /he/oembed/…): its title and its iframe are that edition's embed.
import { error } from '@sveltejs/kit';
import { EXPLAINER_NAME, frameTitle, type EmbedViewKind } from '$lib/embed/catalogue';
import { defaultFrameHeight, embedSnippet, embedUrl } from '$lib/embed/snippet';
import { stillImage } from '$lib/embed/still';
import { cardPath, cardSize } from '$lib/images/paths';
import { editionHref } from '$lib/site/edition-href';
import { absoluteUrl, siteOrigin } from '$lib/site/origin';
import { embedView } from './embeds';

/** The fields of oEmbed 1.0 (https://oembed.com/, section 2.3.4) that a "rich" answer carries. */
export interface OEmbedRich {
	version: '1.0';
	type: 'rich';
	title: string;
	provider_name: string;
	provider_url: string;
	/** The plain iframe: a CMS pastes it as it is. */
	html: string;
	/**
	 * The width the HTML needs, in pixels. The iframe fills its column (width="100%") and its content is laid out from
	 * 320 pixels up; 600 is a usual article column, one of the widths the editors' gallery shows.
	 */
	width: number;
	/** The iframe's starting height: the snippet's own, before a parent script that sizes the frame runs. */
	height: number;
	thumbnail_url: string;
	thumbnail_width: number;
	thumbnail_height: number;
}

const columnWidth = 600;

/** The oEmbed answer for the embed at /embed/<kind>[/<phase>]; a phase the view does not show is a 404. */
export function oembedOf(kind: EmbedViewKind, phaseId: string | undefined): OEmbedRich {
	const view = embedView(kind);
	if (phaseId !== undefined && !view.phases.some((p) => p.id === phaseId))
		error(404, `${view.name} has no phase "${phaseId}"`);
	const title = frameTitle(view, phaseId);
	// The card of the phase it opens on, as on the embed page's own preview; the explainer's for a whole-plan view.
	const shown = phaseId ?? (view.whole ? undefined : view.phases[0]?.id);
	return {
		version: '1.0',
		type: 'rich',
		title,
		provider_name: EXPLAINER_NAME,
		provider_url: absoluteUrl(editionHref('/')),
		html: embedSnippet('iframe', {
			src: embedUrl(siteOrigin, kind, phaseId, {}),
			title,
			still: stillImage(siteOrigin, kind, phaseId, { alt: title })
		}),
		width: columnWidth,
		height: defaultFrameHeight,
		thumbnail_url: absoluteUrl(cardPath(shown)),
		thumbnail_width: cardSize.width,
		thumbnail_height: cardSize.height
	};
}
