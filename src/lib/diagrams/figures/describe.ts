// The figures ledger in words: which rows to draw, the legend letters, a description and the whole ledger as a table.
import type { Content, Figure, Phase, Source } from '$lib/content/types';
import { planRows, rowScale, type RowPlan } from './layout';

const fmt = (n: number) => n.toLocaleString('en-GB');

/** "Article C" → "C": the letter drawn in a source's mark. */
export function sourceLetter(source: Source): string {
	return source.label.trim().split(/\s+/).pop() ?? source.id;
}

export function legendSources(sources: Source[]) {
	return sources.map((s) => ({ id: s.id, letter: sourceLetter(s), label: s.label }));
}

/** Every figure any phase's figures diagram focuses on or anchors a quote to: drawn in every phase, so rows never jump. */
export function referencedFigures(phases: Phase[]): string[] {
	return phases.flatMap((p) =>
		p.diagrams.flatMap((d) => (d.kind === 'figures' ? [...d.focus, ...d.annotations.map((a) => a.anchor)] : []))
	);
}

export function figureRows(content: Pick<Content, 'figures' | 'phases'>): RowPlan[] {
	return planRows(content.figures, referencedFigures(content.phases));
}

export interface LedgerRow {
	id: string;
	figure: string;
	/** One cell per source, in the sources' order, then one for the plan's text: the value as each puts it, or empty. */
	values: string[];
	note: string;
}

export function ledgerTable(figures: Figure[], sources: Source[]): LedgerRow[] {
	return figures.map((f) => ({
		id: f.id,
		figure: f.label,
		values: [...sources.map((s) => s.id), undefined].map((id) =>
			f.values
				.filter((v) => (id ? v.source === id : v.planPoint !== undefined))
				.map((v) => v.display ?? fmt(v.value))
				.join('; ')
		),
		note: [f.note, f.caveat].filter(Boolean).join(' ')
	}));
}

export function describeFigures(
	figureById: Record<string, Figure>,
	rows: RowPlan[],
	sources: Source[],
	focus: string[],
	total: number
): string {
	const letter = Object.fromEntries(sources.map((s) => [s.id, sourceLetter(s)]));
	const drawn = rows.map((row) => {
		const f = figureById[row.figure];
		const within = row.within ? figureById[row.within].values[0].value : undefined;
		const scale = rowScale(
			f.values.map((v) => v.value),
			f.unit,
			within
		);
		const values = f.values.map((v) => `${v.source ? letter[v.source] : 'the plan'} ${fmt(v.value)}`).join(', ');
		const axis = scale.zoomed
			? `zoomed axis ${fmt(scale.domain[0])} to ${fmt(scale.domain[1])}`
			: `axis ${fmt(scale.domain[0])} to ${fmt(scale.domain[1])}${within !== undefined ? ' held' : ''}`;
		return `${f.label}: ${values} (${axis}).`;
	});
	const focused = rows.filter((r) => focus.includes(r.figure) || (r.within && focus.includes(r.within)));
	return (
		`The ledger holds ${total} figures from the four articles; ${rows.length} are drawn, each on its own scale, ` +
		`with each article's value as a mark lettered A to D. ${drawn.join(' ')}` +
		(focused.length ? ` Highlighted in this phase: ${focused.map((r) => figureById[r.figure].label).join('; ')}.` : '')
	);
}
