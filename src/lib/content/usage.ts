// Where each quote is used: which phase shows it, which diagram anchors it, which figure cites it.
import { m } from '$lib/paraglide/messages';
import { phaseHref } from '$lib/stepper/phase-order';
import type { Content } from './types';

export interface QuoteUse {
	label: string;
	href: string;
}

/** Each diagram's name after a phase's number, in the page's edition. */
const diagramNames: Record<string, () => string> = {
	sequence: m.site_diagram_name_sequence,
	exchange: m.site_diagram_name_exchange,
	map: m.site_diagram_name_map,
	governance: m.site_diagram_name_governance,
	figures: m.site_diagram_name_figures
};

export function quoteUses(content: Pick<Content, 'phases' | 'figures' | 'quotes'>): Record<string, QuoteUse[]> {
	const uses: Record<string, QuoteUse[]> = Object.fromEntries(content.quotes.map((q) => [q.id, []]));
	content.phases.forEach((phase, i) => {
		const href = phaseHref(phase.id);
		for (const entry of phase.quotes)
			uses[entry.quote]?.push({ label: m.site_sources_use_phase({ n: i + 1, title: phase.title }), href });
		for (const diagram of phase.diagrams)
			for (const a of diagram.annotations)
				uses[a.quote]?.push({
					label: m.site_sources_use_diagram({ n: i + 1, diagram: diagramNames[diagram.kind]() }),
					href
				});
	});
	for (const figure of content.figures)
		for (const value of figure.values)
			if (value.quote)
				uses[value.quote]?.push({
					label: m.site_sources_use_figure({ label: figure.label }),
					href: `/sources#figure-${figure.id}`
				});
	return uses;
}
