// The exchange in words: its numbers read from the figures ledger, a description and a table for the text alternative.
import { valueSourceLabel } from '$lib/content/figure-source';
import type { Figure, Source } from '$lib/content/types';
import { deceasedCount, type ExchangeCounts, type ExchangeStep } from './layout';
import { formatNumber } from '$lib/format/format';

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
function sourcesOf(f: Figure, sourceById: Record<string, Source>, only?: string): string {
	return f.values
		.filter((v) => !only || v.source === only)
		.map((v) => `${valueSourceLabel(v, sourceById)}: ${v.display ?? formatNumber(v.value)}`)
		.join('; ');
}

export function exchangeTable(figureById: Record<string, Figure>, sourceById: Record<string, Source>): ExchangeRow[] {
	const c = exchangeCounts(figureById);
	const deceased = deceasedCount(c);
	const aliveFigure = figure(figureById, 'hostages-alive');
	const other = aliveFigure.values.filter((v) => v.source !== ALIVE_READING_SOURCE);
	const total = figureById['prisoners-total'];
	return [
		{
			group: 'Hostages held in Gaza',
			count: c.held,
			source: sourcesOf(figure(figureById, 'hostages-held'), sourceById)
		},
		{
			group: 'of whom believed alive',
			count: c.alive,
			source:
				sourcesOf(aliveFigure, sourceById, ALIVE_READING_SOURCE) +
				other
					.map((v) => `. Sources differ: ${valueSourceLabel(v, sourceById)} says ${v.display ?? formatNumber(v.value)}`)
					.join('')
		},
		{ group: 'of whom deceased', count: deceased, source: `${formatNumber(c.held)} − ${formatNumber(c.alive)}` },
		{
			group: 'Palestinian prisoners serving life sentences',
			count: c.prisonersLife,
			source: sourcesOf(figure(figureById, 'prisoners-life'), sourceById)
		},
		{
			group: 'Detainees from Gaza',
			count: c.detainees,
			source: sourcesOf(figure(figureById, 'detainees-gaza'), sourceById)
		},
		{
			group: 'Prisoners and detainees in all',
			count: c.prisonersLife + c.detainees,
			source: total ? sourcesOf(total, sourceById) : `${formatNumber(c.prisonersLife)} + ${formatNumber(c.detainees)}`
		},
		{
			group: 'Remains of deceased Gazans',
			count: deceased * c.remainsPerDeceased,
			source:
				`The plan’s rule (point 5), ${formatNumber(c.remainsPerDeceased)} for each deceased hostage: ` +
				`${formatNumber(deceased)} × ${formatNumber(c.remainsPerDeceased)}. ` +
				`The articles do not give this number.`
		}
	];
}

const stepSentences: Record<ExchangeStep, (c: ExchangeCounts) => string> = {
	terms: () => 'This phase shows the plan’s terms: nothing has been exchanged yet.',
	'hostages-released': (c) =>
		`This phase highlights the ${formatNumber(c.alive)} hostages believed alive, as released.`,
	'prisoners-released': (c) =>
		`This phase highlights the ${formatNumber(c.prisonersLife)} prisoners and ${formatNumber(c.detainees)} detainees ` +
		`Israel frees once all hostages are out.`,
	remains: (c) =>
		`This phase highlights the ${formatNumber(deceasedCount(c))} deceased hostages and the remains of ` +
		`${formatNumber(deceasedCount(c) * c.remainsPerDeceased)} Gazans returned for them.`
};

export function describeExchange(figureById: Record<string, Figure>, step: ExchangeStep): string {
	const c = exchangeCounts(figureById);
	const deceased = deceasedCount(c);
	return (
		`Drawn to scale, one square per person, 50 to a row: ${formatNumber(c.held)} hostages held in Gaza ` +
		`(${formatNumber(c.alive)} believed alive, ${formatNumber(deceased)} deceased) ` +
		`against ${formatNumber(c.prisonersLife)} Palestinian prisoners ` +
		`serving life sentences and ${formatNumber(c.detainees)} detainees from Gaza, ` +
		`${formatNumber(c.prisonersLife + c.detainees)} in all; ` +
		`and, by the plan’s rule of ${formatNumber(c.remainsPerDeceased)} for each deceased hostage, the remains of ` +
		`${formatNumber(deceased * c.remainsPerDeceased)} Gazans. ` +
		`The articles disagree about the 20: Article C says they are believed to be alive, ` +
		`Article A that they are thought to be dead. ${stepSentences[step](c)}`
	);
}
