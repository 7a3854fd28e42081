// What a phase changes on the precomputed organigram: which boxes and edges are in focus, and where its quote markers sit (no d3).
import type { ActorNode, RelationEdge } from './layout';

export const MARKER_R = 12;

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

export interface PlacedMarker {
	n: number;
	x: number;
	y: number;
}

/**
 * A marker on the top-right corner of the box a note speaks about (top-left where the layout says so), kept inside the
 * drawing's `width` and off any neighbouring box. A second note on the same box takes the other top corner; any more
 * step inwards from the first two.
 */
export function placeMarkers(
	notes: { n: number; anchor: string }[],
	nodes: ActorNode[],
	width: number
): PlacedMarker[] {
	/** The room a marker at height `y` has beside `box`: up to the nearest box on that side, less a radius and a unit. */
	const room = (box: ActorNode['box'], y: number) => {
		const level = nodes
			.map((n) => n.box)
			.filter((b) => b !== box && b.y - MARKER_R < y + MARKER_R && y - MARKER_R < b.y + b.height);
		const right = Math.min(width - 2, ...level.filter((b) => b.x >= box.x + box.width).map((b) => b.x - 1));
		const left = Math.max(2, ...level.filter((b) => b.x + b.width <= box.x).map((b) => b.x + b.width + 1));
		return { min: left + MARKER_R, max: right - MARKER_R };
	};
	const count = new Map<string, number>();
	return notes.flatMap((note) => {
		const node = nodeFor(note.anchor, nodes);
		if (!node) return [];
		const k = count.get(node.id) ?? 0;
		count.set(node.id, k + 1);
		const step = Math.floor(k / 2) * (2 * MARKER_R + 3);
		const other = node.markerCorner === 'left' ? 'right' : 'left';
		const corner = k % 2 === 0 ? node.markerCorner : other;
		// A left corner sits a little higher: on the short boxes that use it, the name starts close below the top border.
		const y = node.box.y - (corner === 'left' ? 5 : 0);
		const { min, max } = room(node.box, y);
		const x = corner === 'left' ? Math.max(node.box.x, min) + step : Math.min(node.box.x + node.box.width, max) - step;
		return [{ n: note.n, x, y }];
	});
}
