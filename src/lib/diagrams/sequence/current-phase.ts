// Where the reader is in the flow, worked out in the browser as they step: which phases are past, current or still
// to come, and where the pointer to the current one sits. Apart from the layout, which is worked out at build time
// and never sent to the browser.
import { tenth } from '../geometry';
import type { PhaseBox } from './layout';

export type PhaseState = 'past' | 'current' | 'future';

/** Past, current or future, by position in the flow; with an unknown phase everything reads as future. */
export function phaseStates(phaseIds: string[], currentId: string): Record<string, PhaseState> {
	const current = phaseIds.indexOf(currentId);
	return Object.fromEntries(
		phaseIds.map((id, i) => [id, current < 0 || i > current ? 'future' : i === current ? 'current' : 'past'] as const)
	);
}

/** Where the pointer to the current phase sits (it slides there), or null when no phase is current. */
export function pointerY(boxes: PhaseBox[], currentId: string): number | null {
	return boxes.find((b) => b.id === currentId)?.circle.cy ?? null;
}

/** How far right of the first column the pointer sits: 0 on a page; a column's step on the stage's second column. */
export function pointerX(boxes: PhaseBox[], currentId: string): number {
	const box = boxes.find((b) => b.id === currentId);
	return box && boxes.length ? tenth(box.box.x - boxes[0].box.x) : 0;
}
