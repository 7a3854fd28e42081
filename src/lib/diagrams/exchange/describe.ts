// The exchange in words: its numbers read from the figures ledger, a description and a table for the text alternative,
// in the edition's words.
import { valueSourceLabel } from '$lib/content/figure-source';
import type { Figure, Source } from '$lib/content/types';
import { deceasedCount, type ExchangeCounts, type ExchangeStep } from './layout';
import { formatNumber } from '$lib/format/format';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import { punctuation } from '$lib/editions/punctuation';

/** The figures of the ledger the exchange is drawn and told from. */
export const EXCHANGE_FIGURES = [
	'hostages-held',
	'hostages-alive',
	'prisoners-life',
	'detainees-gaza',
	'prisoners-total',
	'remains-ratio'
] as const;

/**
 * The drawing follows Article C's reading of the 20 (believed alive), which later reporting matches;
 * Article A's is flagged.
 */
export const ALIVE_READING_SOURCE = 'article-c';

function figure(figureById: Record<string, Figure>, id: string): Figure {
	const found = figureById[id];
	if (!found) throw new Error(`The exchange diagram needs figure "${id}" in data/figures.json`);
	return found;
}

export function exchangeCounts(figureById: Record<string, Figure>): ExchangeCounts {
	const alive = figure(figureById, 'hostages-alive').values.find((v) => v.source === ALIVE_READING_SOURCE);
	if (!alive)
		throw new Error(`The exchange diagram needs a value from ${ALIVE_READING_SOURCE} for figure "hostages-alive"`);
	return {
		held: figure(figureById, 'hostages-held').values[0].value,
		alive: alive.value,
		prisonersLife: figure(figureById, 'prisoners-life').values[0].value,
		detainees: figure(figureById, 'detainees-gaza').values[0].value,
		remainsPerDeceased: figure(figureById, 'remains-ratio').values[0].value
	};
}

export interface ExchangeRow {
	group: string;
	count: number;
	source: string;
}

/** "Article A: 48 Hamas-held hostages; Article C: …": each source with the figure as it puts it. */
function sourcesOf(f: Figure, sourceById: Record<string, Source>, locale: Locale, only?: string): string {
	return f.values
		.filter((v) => !only || v.source === only)
		.map((v) => `${valueSourceLabel(v, sourceById)}: ${v.display ?? formatNumber(v.value)}`)
		.join(punctuation(locale).semicolon);
}

export function exchangeTable(
	figureById: Record<string, Figure>,
	sourceById: Record<string, Source>,
	locale: Locale = 'en'
): ExchangeRow[] {
	const c = exchangeCounts(figureById);
	const n = formatNumber;
	const deceased = deceasedCount(c);
	const aliveFigure = figure(figureById, 'hostages-alive');
	const other = aliveFigure.values.filter((v) => v.source !== ALIVE_READING_SOURCE);
	const total = figureById['prisoners-total'];
	const differ = (v: Figure['values'][number]) => {
		const said = { source: valueSourceLabel(v, sourceById), value: v.display ?? n(v.value) };
		return `. ${m.diagram_exchange_sources_differ(said, { locale })}`;
	};
	return [
		{
			group: m.diagram_exchange_row_held({}, { locale }),
			count: c.held,
			source: sourcesOf(figure(figureById, 'hostages-held'), sourceById, locale)
		},
		{
			group: m.diagram_exchange_row_alive({}, { locale }),
			count: c.alive,
			source: sourcesOf(aliveFigure, sourceById, locale, ALIVE_READING_SOURCE) + other.map(differ).join('')
		},
		{ group: m.diagram_exchange_row_deceased({}, { locale }), count: deceased, source: `${n(c.held)} − ${n(c.alive)}` },
		{
			group: m.diagram_exchange_row_life({}, { locale }),
			count: c.prisonersLife,
			source: sourcesOf(figure(figureById, 'prisoners-life'), sourceById, locale)
		},
		{
			group: m.diagram_exchange_row_detainees({}, { locale }),
			count: c.detainees,
			source: sourcesOf(figure(figureById, 'detainees-gaza'), sourceById, locale)
		},
		{
			group: m.diagram_exchange_row_total({}, { locale }),
			count: c.prisonersLife + c.detainees,
			source: total ? sourcesOf(total, sourceById, locale) : `${n(c.prisonersLife)} + ${n(c.detainees)}`
		},
		{
			group: m.diagram_exchange_row_remains({}, { locale }),
			count: deceased * c.remainsPerDeceased,
			source: m.diagram_exchange_remains_source({ ratio: n(c.remainsPerDeceased), deceased: n(deceased) }, { locale })
		}
	];
}

const stepSentences: Record<ExchangeStep, (c: ExchangeCounts, locale: Locale) => string> = {
	terms: (_, locale) => m.diagram_exchange_step_terms({}, { locale }),
	'hostages-released': (c, locale) => m.diagram_exchange_step_hostages({ alive: formatNumber(c.alive) }, { locale }),
	'prisoners-released': (c, locale) =>
		m.diagram_exchange_step_prisoners(
			{ life: formatNumber(c.prisonersLife), detainees: formatNumber(c.detainees) },
			{ locale }
		),
	remains: (c, locale) =>
		m.diagram_exchange_step_remains(
			{
				deceased: formatNumber(deceasedCount(c)),
				remains: formatNumber(deceasedCount(c) * c.remainsPerDeceased)
			},
			{ locale }
		)
};

export function describeExchange(
	figureById: Record<string, Figure>,
	step: ExchangeStep,
	locale: Locale = 'en'
): string {
	const c = exchangeCounts(figureById);
	const n = formatNumber;
	const deceased = deceasedCount(c);
	return m.diagram_exchange_describe(
		{
			held: n(c.held),
			alive: n(c.alive),
			deceased: n(deceased),
			life: n(c.prisonersLife),
			detainees: n(c.detainees),
			total: n(c.prisonersLife + c.detainees),
			ratio: n(c.remainsPerDeceased),
			remains: n(deceased * c.remainsPerDeceased),
			step: stepSentences[step](c, locale)
		},
		{ locale }
	);
}
