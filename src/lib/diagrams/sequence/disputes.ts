// Where the reporting tells a different order from the plan's text: the notes the sequence draws beside the flow.
import type { Content } from '$lib/content/types';

export interface OrderStatement {
	/** plan: what the plan's text says; reported: what an article reports. */
	voice: 'plan' | 'reported';
	text: string;
}

export interface OrderDispute {
	id: string;
	/** The phase whose incoming connector carries the note. */
	into: string;
	/** Two consecutive phases the reporting puts the other way round: drawn as a crossed pair of arrows. */
	swap?: [string, string];
	statements: OrderStatement[];
}

/**
 * The two differences in order the fact sheet flags (section 2b): Rubio's order of the first steps as Article C reports it,
 * against point 3; and Article C's "after Israeli troops withdraw" for the force, against point 16.
 * A note is left out when a phase, the source or the point it names is not in the content.
 */
export function orderDisputes(content: Pick<Content, 'phaseById' | 'sourceById' | 'pointByNumber'>): OrderDispute[] {
	const article = content.sourceById['article-c']?.label;
	const has = (...ids: string[]) => ids.every((id) => id in content.phaseById);
	const disputes: OrderDispute[] = [];
	if (article && content.pointByNumber[3] && has('yellow-line', 'exchange'))
		disputes.push({
			id: 'captives-or-pull-back-first',
			into: 'exchange',
			swap: ['yellow-line', 'exchange'],
			statements: [
				{ voice: 'reported', text: `Order as reported: Rubio (${article}): captives first, then pull-back to the yellow line` },
				{ voice: 'plan', text: 'Plan, point 3: pull-back first “to prepare for a hostage release”' }
			]
		});
	if (article && content.pointByNumber[16] && has('stabilization-force'))
		disputes.push({
			id: 'force-after-withdrawal',
			into: 'stabilization-force',
			statements: [
				{ voice: 'reported', text: `Order as reported (${article}): ISF after troops withdraw` },
				{ voice: 'plan', text: 'Plan, point 16: withdrawal in stages as the ISF takes control' }
			]
		});
	return disputes;
}
