// The figures ledger in words, in the edition's language: the legend letters, a description of the drawn rows and the
// whole ledger as a table.
import type { Figure, Source } from '$lib/content/types';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import type { FigureRowLayout } from './layout';
import { punctuation } from '$lib/editions/punctuation';
import { formatNumber } from '$lib/format/format';

/** "Article C" → "C": the letter drawn in a source's mark. */
export function sourceLetter(source: Source): string {
	return source.label.trim().split(/\s+/).pop() ?? source.id;
}

export function legendSources(sources: Source[]) {
	return sources.map((s) => ({ id: s.id, letter: sourceLetter(s), label: s.label }));
}

/** The ids of the figures the rows draw, each once, in the rows' order. */
export const drawnFigures = (rows: Pick<FigureRowLayout, 'figures'>[]): string[] => [
	...new Set(rows.flatMap((r) => r.figures))
];

export interface LedgerRow {
	id: string;
	figure: string;
	/** One cell per source, in the sources' order, then one for the plan's text: the value as each puts it, or empty. */
	values: string[];
	note: string;
}

/** The figures a drawing draws as a table: a column per article (then the plan), a row per figure. */
export interface FiguresTable {
	sources: string[];
	rows: LedgerRow[];
}

export function ledgerTable(figures: Figure[], sources: Source[]): LedgerRow[] {
	return figures.map((f) => ({
		id: f.id,
		figure: f.label,
		values: [...sources.map((s) => s.id), undefined].map((id) =>
			f.values
				.filter((v) => (id ? v.source === id : v.planPoint !== undefined))
				.map((v) => v.display ?? formatNumber(v.value))
				.join('; ')
		),
		note: [f.note, f.caveat].filter(Boolean).join(' ')
	}));
}

/** Says what the drawn rows show (each with the scale the layout gave it) and which of them the phase highlights. */
export function describeFigures(
	figureById: Record<string, Figure>,
	rows: Pick<FigureRowLayout, 'figures' | 'scale'>[],
	sources: Source[],
	focus: string[],
	locale: Locale = 'en'
): string {
	const letter = Object.fromEntries(sources.map((s) => [s.id, sourceLetter(s)]));
	const thePlan = m.figures_describe_the_plan({}, { locale });
	const drawn = rows.map(({ figures: [id, withinId], scale }) => {
		const f = figureById[id];
		const values = f.values
			.map((v) => `${v.source ? letter[v.source] : thePlan} ${formatNumber(v.value)}`)
			.join(punctuation(locale).comma);
		const [from, to] = scale.domain.map(formatNumber);
		const range = m.figures_describe_range({ from, to }, { locale });
		const axis = scale.zoomed
			? m.figures_describe_zoomed({ range }, { locale })
			: withinId
				? m.figures_describe_axis_held({ range }, { locale })
				: m.figures_describe_axis({ range }, { locale });
		return `${f.label}: ${values} (${axis}).`;
	});
	const focused = rows.filter((r) => r.figures.some((id) => focus.includes(id)));
	const letters = sources.map(sourceLetter);
	const lettered =
		letters.length > 1
			? m.figures_describe_letters({ first: letters[0], last: letters[letters.length - 1] }, { locale })
			: letters.join('');
	const highlighted = focused.map((r) => figureById[r.figures[0]].label).join(punctuation(locale).semicolon);
	return (
		`${m.figures_describe_lead({ count: rows.length, letters: lettered }, { locale })} ${drawn.join(' ')}` +
		(focused.length ? ` ${m.figures_describe_focus({ figures: highlighted }, { locale })}` : '')
	);
}
