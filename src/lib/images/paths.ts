// Where the build writes the still images of the diagrams and the link-preview cards: one address per edition,
// diagram, phase, view and theme, so that the Embed dialog, the pages' meta tags and the snippets' fallbacks name the
// same files. Each edition has its own, drawn from its own embed pages, in its words: /images/… in English,
// /ar/images/… in Arabic, /he/images/… in Hebrew.
import type { DiagramKind } from '$lib/content/diagram-kinds';
import type { DiagramView } from '$lib/diagrams/view';
import { getLocale, type Locale } from '$lib/paraglide/runtime';
import { editionHref } from '$lib/site/edition-href';

/** A still image is drawn in one theme; "auto" has no image of its own. */
export const imageThemes = ['light', 'dark'] as const;
export type ImageTheme = (typeof imageThemes)[number];

/** The SVG, and the PNG at one and two pixels per CSS pixel. */
export const imageFormats = ['svg', 'png', 'png@2x'] as const;
export type ImageFormat = (typeof imageFormats)[number];

/** "/images" in English, "/ar/images" in Arabic: where an edition's images are. */
const imagesOf = (locale: Locale): string => editionHref('/images', locale);

/** "/images/map/yellow-line/plan-light.svg", ".../since-dark.png", ".../plan-light@2x.png"; "/ar/images/map/…" */
export function diagramImagePath(
	kind: DiagramKind,
	phaseId: string,
	view: DiagramView,
	theme: ImageTheme,
	format: ImageFormat,
	locale: Locale = getLocale()
): string {
	return `${imagesOf(locale)}/${kind}/${phaseId}/${fileOf(`${view}-${theme}`, format)}`;
}

/** A file's name in a format: "plan-light.svg", "plan-light.png", "plan-light@2x.png". */
export const fileOf = (stem: string, format: ImageFormat): string =>
	format === 'png@2x' ? `${stem}@2x.png` : `${stem}.${format}`;

/** The link-preview card, 1200x630: a phase's title with its main diagram, or the explainer's own for other pages. */
export const cardSize = { width: 1200, height: 630 } as const;
export const cardPath = (phaseId?: string, locale: Locale = getLocale()): string =>
	`${imagesOf(locale)}/cards/${phaseId ?? 'explainer'}.png`;
