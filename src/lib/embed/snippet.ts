// The code an editor pastes into an article: a plain iframe, or the container that pym.js or @newswire/frames
// turns into a self-sizing iframe on pages that already run them. No script tag: nothing loads from a CDN.
import { embedPath, type EmbedViewKind } from './catalogue';
import { embedQuery, type EmbedOptions } from './options';

export const snippetForms = ['iframe', 'pym', 'frames'] as const;
export type SnippetForm = (typeof snippetForms)[number];

export const snippetFormNames: Record<SnippetForm, string> = {
	iframe: 'Plain iframe',
	pym: 'pym.js container',
	frames: '@newswire/frames container'
};

/** The absolute URL of an embed with the chosen options; the origin is the page's own, known only at run time. */
export function embedUrl(
	origin: string,
	kind: EmbedViewKind,
	phaseId: string | undefined,
	options: Partial<Pick<EmbedOptions, 'theme' | 'title' | 'source' | 'view'>>
) {
	const query = embedQuery({ theme: options.theme, title: options.title, source: options.source, view: options.view });
	return `${origin.replace(/\/+$/, '')}${embedPath(kind, phaseId)}${query}`;
}

const escapeAttribute = (value: string) =>
	value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The plain iframe's height where none was measured: a start, before (or without) a parent script sizing it. */
export const defaultFrameHeight = 600;

export interface SnippetInput {
	src: string;
	/** What the frame holds, for screen readers. */
	title: string;
	/** A starting height in pixels for the plain iframe, before (or without) a parent script sizing it. */
	height?: number;
}

export function embedSnippet(form: SnippetForm, { src, title, height }: SnippetInput): string {
	const s = escapeAttribute(src);
	const t = escapeAttribute(title);
	switch (form) {
		case 'pym':
			// pym.js's autoInit reads data-pym-src and copies data-pym-title to the iframe it creates.
			return `<div data-pym-src="${s}" data-pym-title="${t}"></div>`;
		case 'frames':
			// autoInitFrames() appends an iframe to each [data-frame-src] element, with data-frame-attribute-* as attributes.
			return `<div data-frame-src="${s}" data-frame-attribute-title="${t}"></div>`;
		default: {
			const h = height && Number.isFinite(height) && height > 0 ? Math.ceil(height) : defaultFrameHeight;
			return (
				`<iframe title="${t}" src="${s}" width="100%" height="${h}" ` +
				`frameborder="0" scrolling="no" loading="lazy"></iframe>`
			);
		}
	}
}
