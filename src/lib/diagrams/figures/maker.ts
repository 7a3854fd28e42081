// The figures made ready at build time: a row per figure on its own scale, their table, the figures reported since,
// and each phase's markers.
import type { Content } from '$lib/content/types';
import { directionOf } from '$lib/editions/direction';
import type { Locale } from '$lib/paraglide/runtime';
import type { DiagramFormat } from '../format';
import type { DiagramMaker } from '../makers';
import { stackInGutter } from '../markers';
import { describeFigures, drawnFigures, ledgerTable, legendSources } from './describe';
import { figureRows, FORMATS, layoutFigures } from './layout';
import { figuresSince } from './since';

export function makeFigures(
	content: Content,
	format: DiagramFormat = 'page',
	locale: Locale = 'en'
): DiagramMaker<'figures'> {
	const layout = layoutFigures(
		{
			figures: content.figureById,
			rows: figureRows(content),
			sources: legendSources(content.sources)
		},
		format,
		locale
	);
	// On the stage the legend runs along the top, across the gutter: the markers stay below it.
	const legendBottom = Math.max(0, ...layout.legend.map((l) => l.y + layout.sizes.pill / 2));
	const top = format === 'stage' ? legendBottom : 0;
	return {
		kind: 'figures',
		direction: directionOf(locale),
		layout,
		// The figures the drawing draws; the sources page has the whole ledger.
		table: {
			sources: content.sources.map((s) => s.label),
			rows: ledgerTable(
				drawnFigures(layout.rows).map((id) => content.figureById[id]),
				content.sources
			)
		},
		since: figuresSince(content, locale),
		describe: ({ focus }) => describeFigures(content.figureById, layout.rows, content.sources, focus, locale),
		// Level with the title of the row that draws the figure a quote speaks about.
		placeMarkers: (notes) =>
			stackInGutter(
				notes.flatMap(({ n, anchor }) => {
					const row = layout.rows.find((r) => r.figures.includes(anchor));
					return row ? [{ n, y: row.anchor.y, target: row.anchor }] : [];
				}),
				{ ...FORMATS[format].gutter, top, bottom: layout.height }
			)
	};
}
