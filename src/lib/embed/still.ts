// The still image that stands in for an embed where it cannot run (a newsletter, a feed reader, an app that strips
// iframes, a reader without JavaScript, AMP before its iframe loads), and the explainer's page it links to.
import { cardPath, diagramImagePath, type ImageTheme } from '$lib/images/paths';
import { getLocale, localizeHref, type Locale } from '$lib/paraglide/runtime';
import { phaseHref } from '$lib/stepper/phase-order';
import type { DiagramView } from '$lib/diagrams/view';
import { isDiagramKind, type EmbedViewKind } from './catalogue';
import type { EmbedTheme } from './options';

export interface StillImage {
	/** Absolute URLs: the snippet is pasted on another site. */
	src: string;
	/** The same image at two pixels per CSS pixel, where one is drawn. */
	src2x?: string;
	/** The explainer's page for what the image shows. */
	href: string;
	alt: string;
}

/** Where the view's full story is on the site, as an English path: its phase's page, else its own, else the start. */
function pageFor(kind: EmbedViewKind, phaseId: string | undefined): string {
	if (phaseId) return phaseHref(phaseId);
	if (kind === 'timeline' || kind === 'tracker') return `/${kind}`;
	return '/';
}

/**
 * A diagram's own image, in the chosen view and theme ("auto" has no image of its own: light, the one most pages
 * have); the stepper at a phase shows that phase's card, and the views without a diagram image the explainer's card.
 */
export function stillImage(
	origin: string,
	kind: EmbedViewKind,
	phaseId: string | undefined,
	options: { view?: DiagramView; theme?: EmbedTheme; alt: string; locale?: Locale }
): StillImage {
	const base = origin.replace(/\/+$/, '');
	// In the edition chosen, else the page's: its page, and its image, drawn from its own embed page in its words.
	const locale = options.locale ?? getLocale();
	const href = base + localizeHref(pageFor(kind, phaseId), { locale });
	if (isDiagramKind(kind) && phaseId) {
		const theme: ImageTheme = options.theme === 'dark' ? 'dark' : 'light';
		const view = options.view ?? 'plan';
		return {
			src: base + diagramImagePath(kind, phaseId, view, theme, 'png', locale),
			src2x: base + diagramImagePath(kind, phaseId, view, theme, 'png@2x', locale),
			href,
			alt: options.alt
		};
	}
	const card = kind === 'stepper' ? cardPath(phaseId || undefined, locale) : cardPath(undefined, locale);
	return { src: base + card, href, alt: options.alt };
}
