// Where each quote is used: which phase shows it, which diagram anchors it, which figure cites it.
import { phaseHref } from '$lib/stepper/phase-order';
import type { Content } from './types';

export interface QuoteUse {
	label: string;
	href: string;
}

const diagramNames: Record<string, string> = {
	sequence: 'sequence diagram',
	exchange: 'exchange diagram',
	map: 'map',
	governance: 'governance diagram',
	figures: 'figures diagram'
};

export function quoteUses(content: Pick<Content, 'phases' | 'figures' | 'quotes'>): Record<string, QuoteUse[]> {
	const uses: Record<string, QuoteUse[]> = Object.fromEntries(content.quotes.map((q) => [q.id, []]));
	content.phases.forEach((phase, i) => {
		const href = phaseHref(phase.id);
		for (const entry of phase.quotes) uses[entry.quote]?.push({ label: `Phase ${i + 1}: ${phase.title}`, href });
		for (const diagram of phase.diagrams)
			for (const a of diagram.annotations)
				uses[a.quote]?.push({ label: `Phase ${i + 1}, ${diagramNames[diagram.kind]}`, href });
	});
	for (const figure of content.figures)
		for (const value of figure.values)
			if (value.quote)
				uses[value.quote]?.push({ label: `Figure: ${figure.label}`, href: `/sources#figure-${figure.id}` });
	return uses;
}
