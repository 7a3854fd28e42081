// The figures' since view in words, in the edition's language: which figures it draws and as of when (made where it
// is drawn, so that pages do not carry it in their data; the table gives each value).
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import { punctuation } from '$lib/editions/punctuation';
import type { SinceFigure } from './since';

/** Says what the since view shows, figure by figure, and as of when; the table gives each value. */
export function describeSince(
	{ figures, asOf }: { figures: SinceFigure[]; asOf: string },
	locale: Locale = 'en'
): string {
	const labels = figures.map((f) => f.label).join(punctuation(locale).semicolon);
	return m.figures_since_describe({ count: figures.length, labels, asOf }, { locale });
}
