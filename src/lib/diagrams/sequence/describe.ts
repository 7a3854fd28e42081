// The sequence as text: a description and table rows made from the same data as the drawing, in the edition's words.
import type { Phase } from '$lib/content/types';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import { punctuation } from '$lib/editions/punctuation';
import type { OrderDispute } from './disputes';
import { statusLabel } from './layout';

export interface SequenceRow {
	order: number;
	id: string;
	phase: string;
	trigger: string;
	dependsOn: string;
	status: string;
}

type PhaseText = Pick<Phase, 'id' | 'title' | 'trigger' | 'dependsOn' | 'status' | 'statusNote'>;

export function sequenceRows(phases: PhaseText[], locale: Locale = 'en'): SequenceRow[] {
	const order = new Map(phases.map((p, i) => [p.id, i + 1]));
	const title = new Map(phases.map((p) => [p.id, p.title]));
	return phases.map((p, i) => ({
		order: i + 1,
		id: p.id,
		phase: p.title,
		trigger: p.trigger,
		dependsOn: p.dependsOn.length
			? p.dependsOn.map((d) => `${order.get(d) ?? '?'}. ${title.get(d) ?? d}`).join(punctuation(locale).semicolon)
			: '—',
		status: `${statusLabel(p.status, locale)}: ${p.statusNote}`
	}));
}

export function describeSequence(
	phases: PhaseText[],
	currentId: string,
	disputes: OrderDispute[],
	locale: Locale = 'en'
): string {
	const { comma, semicolon } = punctuation(locale);
	const list = phases.map((p, i) => `${i + 1}${comma}${p.title} (${statusLabel(p.status, locale)})`).join(semicolon);
	const current = phases.findIndex((p) => p.id === currentId);
	const here = current >= 0 && { n: current + 1, count: phases.length, title: phases[current].title };
	const where = here ? ` ${m.diagram_sequence_where(here, { locale })}` : '';
	const orders = disputes
		.map((d) =>
			d.statements
				.map((s) => s.text)
				.reduce((first, second) => m.diagram_sequence_against({ first, second }, { locale }))
		)
		.join('. ');
	const differ = disputes.length ? ` ${m.diagram_sequence_differ({ orders }, { locale })}` : '';
	const flow = m.diagram_sequence_flow({ count: phases.length, list }, { locale });
	return `${flow}${where}${differ}`;
}
