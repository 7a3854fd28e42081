// Where an embed's oEmbed answer is: one static JSON file per embed page, at the embed's own path under /oembed
// (/embed/map/yellow-line → /oembed/map/yellow-line.json), so that a page and its oEmbed name each other plainly.
import type { EmbedViewKind } from './catalogue';

/** "/oembed/stepper.json", "/oembed/stepper/exchange.json", "/oembed/map/yellow-line.json" */
export const oembedPath = (kind: EmbedViewKind, phaseId?: string): string =>
	`/oembed/${kind}${phaseId ? `/${phaseId}` : ''}.json`;
