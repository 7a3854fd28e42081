// The sequence as text: a description and table rows made from the same data as the drawing.
import type { Phase } from '$lib/content/types';
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

export function sequenceRows(phases: PhaseText[]): SequenceRow[] {
	const order = new Map(phases.map((p, i) => [p.id, i + 1]));
	const title = new Map(phases.map((p) => [p.id, p.title]));
	return phases.map((p, i) => ({
		order: i + 1,
		id: p.id,
		phase: p.title,
		trigger: p.trigger,
		dependsOn: p.dependsOn.length
			? p.dependsOn.map((d) => `${order.get(d) ?? '?'}. ${title.get(d) ?? d}`).join('; ')
			: '—',
		status: `${statusLabel[p.status]}: ${p.statusNote}`
	}));
}

export function describeSequence(phases: PhaseText[], currentId: string, disputes: OrderDispute[]): string {
	const list = phases.map((p, i) => `${i + 1}, ${p.title} (${statusLabel[p.status]})`).join('; ');
	const current = phases.findIndex((p) => p.id === currentId);
	const where =
		current >= 0 ? ` This page is at phase ${current + 1} of ${phases.length}, ${phases[current].title}.` : '';
	const orders = disputes.map((d) => d.statements.map((s) => s.text).join(', against ')).join('. ');
	const differ = disputes.length ? ` Where the reporting tells a different order: ${orders}.` : '';
	const flow = `The plan’s ${phases.length} phases as a flow, each entered when its trigger is met: ${list}.`;
	return `${flow}${where}${differ}`;
}
