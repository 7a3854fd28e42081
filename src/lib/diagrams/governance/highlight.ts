// What a phase changes on the organigram: which boxes and arrows are in focus (no d3: it runs in the browser too).
import type { ActorNode, RelationEdge } from './layout';

/** The box that stands for an actor: its own, or the box it is drawn inside. */
export function nodeFor(actorId: string, nodes: ActorNode[]): ActorNode | undefined {
	return nodes.find((n) => n.id === actorId) ?? nodes.find((n) => n.members.includes(actorId));
}

export type FocusState = 'focus' | 'muted' | 'normal';

/** With a focus, the boxes of the focused actors (or the box they are drawn in) stand out and the rest are muted. */
export function focusStates(nodes: ActorNode[], edges: RelationEdge[], focus: string[]) {
	const focused = new Set(focus.map((id) => nodeFor(id, nodes)?.id).filter(Boolean));
	const state = (hit: boolean): FocusState => (focus.length === 0 ? 'normal' : hit ? 'focus' : 'muted');
	return {
		nodes: Object.fromEntries(nodes.map((n) => [n.id, state(focused.has(n.id))])),
		edges: Object.fromEntries(edges.map((e) => [e.id, state(focused.has(e.to) || e.from.some((f) => focused.has(f)))]))
	};
}
