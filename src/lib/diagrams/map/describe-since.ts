// The map's since view in words, from the same data as the drawing: what it shows and as of when.
import type { MapSinceLayout } from './since';

/** The words up to the first comma or bracket: "nearly two-thirds, with the orange line" → "nearly two-thirds". */
export const shortWords = (words: string) => words.split(/,|\s\(/)[0].trim();

/**
 * What the since view shows, in words: the start of its text alternative (made where it is drawn, so that pages do not
 * carry it twice in their data).
 */
export function describeMapSince(since: MapSinceLayout, yellowName?: string): string {
	const points = since.chart.points;
	const byValue = [...points].sort((a, b) => a.value - b.value);
	const held = since.legend.find((l) => l.kind === 'held')?.text.lines.join(' ');
	const band = since.legend.find((l) => l.kind === 'band')?.text.lines.join(' ');
	const shares = points.length
		? `A chart gives the ${points.length} shares reported between ${points[0].dateText} and ` +
			`${points[points.length - 1].dateText}, from ${shortWords(byValue[0].words)} to ` +
			`${shortWords(byValue[byValue.length - 1].words)}; ` +
			'the table lists each with whose figure it is and its sources. '
		: '';
	return (
		'Map of the Gaza Strip since the ceasefire, schematic. ' +
		(yellowName && held ? `It shows the ${yellowName.toLowerCase()}, hatched on its Israeli side. ${held}. ` : '') +
		(band ? `A dotted band shows the growth of the area Israel holds. ${band} ` : '') +
		shares +
		`As of ${since.asOf}.`
	);
}
