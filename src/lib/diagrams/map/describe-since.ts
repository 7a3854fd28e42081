// The map's since view in words, from the same data as the drawing, in the edition's words: what it shows and as of
// when.
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import type { MapSinceLayout } from './since';

/**
 * The words up to the first comma or bracket: "nearly two-thirds, with the orange line" → "nearly two-thirds" (the
 * Arabic edition's comma too).
 */
export const shortWords = (words: string) => words.split(/[,،]|\s\(/)[0].trim();

/**
 * What the since view shows, in words: the start of its text alternative (made where it is drawn, so that pages do not
 * carry it twice in their data).
 */
export function describeMapSince(since: MapSinceLayout, yellowName?: string, locale: Locale = 'en'): string {
	const points = since.chart.points;
	const byValue = [...points].sort((a, b) => a.value - b.value);
	const held = since.legend.find((l) => l.kind === 'held')?.text.lines.join(' ');
	const band = since.legend.find((l) => l.kind === 'band')?.text.lines.join(' ');
	const shares = points.length
		? m.map_since_describe_shares(
				{
					count: points.length,
					first: points[0].dateText,
					last: points[points.length - 1].dateText,
					low: shortWords(byValue[0].words),
					high: shortWords(byValue[byValue.length - 1].words)
				},
				{ locale }
			)
		: '';
	return [
		m.map_since_describe_lead({}, { locale }),
		yellowName && held ? m.map_since_describe_held({ line: yellowName.toLowerCase(), held }, { locale }) : '',
		band ? m.map_since_describe_band({ band }, { locale }) : '',
		shares,
		m.map_since_as_of({ asOf: since.asOf }, { locale })
	]
		.filter(Boolean)
		.join(' ');
}
