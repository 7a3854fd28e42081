// The iframe's title in another edition than the page's (an editor on the English page embeds the Arabic view): the
// page holds the phases' titles in its own edition only, so the title is read from that edition's oEmbed answer
// (/ar/oembed/…), which names the view as that edition's embed page does.
import { localizeHref, type Locale } from '$lib/paraglide/runtime';
import type { EmbedViewKind } from './catalogue';
import { oembedPath } from './oembed-path';

/** The title that edition gives the embed, or undefined where its answer cannot be read. */
export async function frameTitleIn(
	locale: Locale,
	kind: EmbedViewKind,
	phaseId: string | undefined
): Promise<string | undefined> {
	try {
		const response = await fetch(localizeHref(oembedPath(kind, phaseId || undefined), { locale }));
		if (!response.ok) return undefined;
		const answer: unknown = await response.json();
		if (typeof answer !== 'object' || answer === null || !('title' in answer)) return undefined;
		return typeof answer.title === 'string' ? answer.title : undefined;
	} catch {
		return undefined;
	}
}
