// Who gives a figure's value: an article, the plan's own text, or a body whose figure later reports carry.
import { m } from '$lib/paraglide/messages';
import type { Figure, Report, Source } from './types';

export type FigureValue = Figure['values'][number];

/** "Article A"; "The plan, point 5"; "ICRC (AFP, read on Siasat Daily, 2026-01-30)" when the reports are given. */
export function valueSourceLabel(
	value: FigureValue,
	sourceById: Record<string, Source>,
	reportById?: Record<string, Report>
): string {
	if (value.source) return sourceById[value.source]?.label ?? value.source;
	if (value.planPoint !== undefined) return m.cite_plan_point({ point: value.planPoint });
	const cited = (value.reports ?? []).flatMap((id) => (reportById?.[id] ? [reportLabel(reportById[id])] : []));
	return cited.length ? `${value.by} (${cited.join('; ')})` : (value.by ?? '');
}

/** A report as a short citation, in the page's edition: outlet, where it was read if elsewhere, and date ("~" where
 * approximate). */
export function reportLabel(report: Report): string {
	const date = report.date
		? `${report.dateApproximate ? '~' : ''}${report.date}${report.end ? `–${report.end}` : ''}`
		: '';
	const outlet = report.readOn ? m.cite_read_on({ outlet: report.outlet, site: report.readOn }) : report.outlet;
	return [outlet, date].filter(Boolean).join(', ');
}
