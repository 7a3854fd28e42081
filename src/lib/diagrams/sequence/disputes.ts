// Where the reporting tells a different order from the plan's text: the notes the sequence draws beside the flow.
import type { Content, OrderDispute } from '$lib/content/types';

export type { OrderDispute };
export type OrderStatement = OrderDispute['statements'][number];

/** The disputes from data/order-disputes.json whose phases are all in this content. */
export function orderDisputes(content: Pick<Content, 'orderDisputes' | 'phaseById'>): OrderDispute[] {
	return content.orderDisputes.filter(
		(d) => d.into in content.phaseById && (d.swap ?? []).every((id) => id in content.phaseById)
	);
}
