// The code an editor pastes into an article: a plain iframe, the container that pym.js or @newswire/frames turns into
// a self-sizing iframe on pages that already run them, AMP's amp-iframe, or a linked still image for places where no
// iframe runs. No script tag: nothing loads from a CDN.
import { m } from '$lib/paraglide/messages';
import { getLocale, localizeHref, type Locale } from '$lib/paraglide/runtime';
import { embedPath, type EmbedViewKind } from './catalogue';
import { embedQuery, type EmbedOptions } from './options';
import type { StillImage } from './still';

export const snippetForms = ['iframe', 'pym', 'frames', 'amp', 'image'] as const;
export type SnippetForm = (typeof snippetForms)[number];

const formNames: Record<SnippetForm, () => string> = {
	iframe: m.embed_form_iframe,
	pym: m.embed_form_pym,
	frames: m.embed_form_frames,
	amp: m.embed_form_amp,
	image: m.embed_form_image
};

/** A form's name, in the edition of the page the dialog is on. */
export const snippetFormName = (form: SnippetForm): string => formNames[form]();

/**
 * The absolute URL of an embed with the chosen options, in the edition given, else the edition of the page being made
 * (an Arabic page's dialog gives the Arabic embed unless the editor picks another); the origin is the page's own,
 * known only at run time.
 */
export function embedUrl(
	origin: string,
	kind: EmbedViewKind,
	phaseId: string | undefined,
	options: Partial<Pick<EmbedOptions, 'theme' | 'title' | 'source' | 'view'>>,
	locale: Locale = getLocale()
) {
	const query = embedQuery({ theme: options.theme, title: options.title, source: options.source, view: options.view });
	return `${origin.replace(/\/+$/, '')}${localizeHref(embedPath(kind, phaseId), { locale })}${query}`;
}

const escapeAttribute = (value: string) =>
	value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The plain iframe's height where none was measured: a start, before (or without) a parent script sizing it. */
export const defaultFrameHeight = 600;

export interface SnippetInput {
	src: string;
	/** What the frame holds, for screen readers. */
	title: string;
	/** The content's height in pixels, measured in the preview: the plain iframe's and AMP's starting height. */
	height?: number;
	/** What stands in where the embed cannot run. */
	still: StillImage;
}

/** The still image, linked to the explainer: full width of the column, never wider than it, never stretched. */
function linkedImage(still: StillImage): string {
	const src = escapeAttribute(still.src);
	const srcset = still.src2x ? ` srcset="${src} 1x, ${escapeAttribute(still.src2x)} 2x"` : '';
	return (
		`<a href="${escapeAttribute(still.href)}"><img src="${src}"${srcset} alt="${escapeAttribute(still.alt)}" ` +
		`width="100%" style="display:block;max-width:100%;height:auto;border:0"></a>`
	);
}

export function embedSnippet(form: SnippetForm, { src, title, height, still }: SnippetInput): string {
	const s = escapeAttribute(src);
	const t = escapeAttribute(title);
	const h = height && Number.isFinite(height) && height > 0 ? Math.ceil(height) : defaultFrameHeight;
	// Shown only where scripts do not run, so never beside the iframe that the parent script makes.
	const noscript = `<noscript>${linkedImage(still)}</noscript>`;
	switch (form) {
		case 'pym':
			// pym.js's autoInit reads data-pym-src, copies data-pym-title to the iframe it creates, and empties the
			// container before adding it.
			return `<div data-pym-src="${s}" data-pym-title="${t}">${noscript}</div>`;
		case 'frames':
			// autoInitFrames() appends an iframe to each [data-frame-src] element, with data-frame-attribute-* as
			// attributes; what was inside stays, and a noscript's content is not shown where that script runs.
			return `<div data-frame-src="${s}" data-frame-attribute-title="${t}">${noscript}</div>`;
		case 'amp':
			// amp-iframe: resizable on the embed's embed-size messages, which AMP grants only with an overflow element
			// to press when it would move what the reader sees; the still image shows until the iframe has loaded.
			return (
				`<amp-iframe title="${t}" src="${s}" layout="fixed-height" height="${h}" ` +
				`sandbox="allow-scripts allow-same-origin allow-popups" resizable frameborder="0">` +
				`<amp-img placeholder layout="fill" src="${escapeAttribute(still.src)}" alt="${escapeAttribute(still.alt)}">` +
				`</amp-img>` +
				`<div overflow tabindex="0" role="button" aria-label="${escapeAttribute(m.embed_amp_show_all_label())}">` +
				`${m.embed_amp_show_all()}</div>` +
				`</amp-iframe>`
			);
		case 'image':
			return linkedImage(still);
		default:
			// The height also as an inline style: a host stylesheet's `iframe { height: 100% }` overrides the height
			// attribute (and, in a column of no set height, leaves the browser's 150 px), not an inline style.
			return (
				`<iframe title="${t}" src="${s}" width="100%" height="${h}" ` +
				`style="width:100%;height:${h}px;border:0" frameborder="0" scrolling="no" loading="lazy"></iframe>`
			);
	}
}
