// The still images a reader or editor downloads: each format's address (paths.ts) and the name the file is saved as,
// which says what it shows: "gaza-plan-map-yellow-line-plan-light.png".
import type { DiagramKind } from '$lib/content/diagram-kinds';
import type { DiagramView } from '$lib/diagrams/view';
import { getLocale, type Locale } from '$lib/paraglide/runtime';
import { diagramImagePath, fileOf, type ImageFormat, type ImageTheme } from './paths';

export interface ImageDownload {
	format: ImageFormat;
	/** What the link says. */
	label: string;
	href: string;
	/** The name the browser saves it under (the link's download attribute). */
	fileName: string;
}

const labels: Record<ImageFormat, string> = { svg: 'SVG', png: 'PNG', 'png@2x': 'PNG 2x' };

/** "gaza-plan-map-yellow-line-plan-light@2x.png" */
export function imageFileName(
	kind: DiagramKind,
	phaseId: string,
	view: DiagramView,
	theme: ImageTheme,
	format: ImageFormat
): string {
	return fileOf(`gaza-plan-${kind}-${phaseId}-${view}-${theme}`, format);
}

/** A link for each of the formats asked for, in their order, to the edition's files (the page's by default). */
export const imageDownloads = (
	kind: DiagramKind,
	phaseId: string,
	view: DiagramView,
	theme: ImageTheme,
	formats: readonly ImageFormat[],
	locale: Locale = getLocale()
): ImageDownload[] =>
	formats.map((format) => ({
		format,
		label: labels[format],
		href: diagramImagePath(kind, phaseId, view, theme, format, locale),
		fileName: imageFileName(kind, phaseId, view, theme, format)
	}));
