// Lays out the governance organigram once, at build time: boxes in fixed tiers keyed by actor id, and the edges and their
// labels computed from the relations.
import { linkVertical } from 'd3';
import type { Relation } from '$lib/content/types';
import { textBox, wrapText, type Rect, type TextBlock } from '../text';

export const WIDTH = 400;
const NAME = 16;
const NAME_LINE = 19;
const SMALL = 14;
const SMALL_LINE = 17;
const PAD_TOP = 8;
const PAD_BOTTOM = 7;
const PAD_X = 8;
/** Room between an edge and its label, and above and below a label in the gap between two rows. */
const LABEL_OFFSET = 6;
const LABEL_MARGIN = 10;

/** Names short enough for boxes at 400 units wide; any other actor keeps its own name. */
export const SHORT_NAMES: Record<string, string> = {
	'united-states': 'US',
	trump: 'Trump',
	blair: 'Blair',
	'board-of-peace': 'Board of Peace',
	'technocratic-committee': 'Technocratic committee',
	isf: 'ISF',
	'palestinian-police': 'Palestinian police',
	'palestinian-authority': 'Palestinian Authority',
	hamas: 'Hamas',
	'united-nations': 'United Nations'
};

/** A second, smaller line under a name where the short name alone says too little. */
const SUBTITLES: Record<string, string> = {
	'technocratic-committee': 'day-to-day services',
	'palestinian-authority': 'after reform',
	isf: 'stabilization force',
	'united-nations': 'aid delivery (pt 8)'
};

/** The guarantors and mediators, side by side in the top tier; relations from several of them to one actor share an edge. */
export const TOP_TIER = ['united-states', 'egypt', 'qatar', 'turkey'];
const TOP_TIER_CAPTION = 'Guarantors and mediators';
const ROLE_NOUNS: Partial<Record<Relation['kind'], string>> = { guarantees: 'guarantor', mediates: 'mediator' };

interface Slot {
	id: string;
	x: number;
	width: number;
	/** Centre the box on its row's height instead of aligning tops. */
	middle?: boolean;
	/** The corner a quote marker sits on, where the top-right one is taken by an edge label. */
	markerCorner?: 'left';
}
/** The tiers, top to bottom; `gap` is the least room above the row (more if an edge label between the rows needs it). */
const ROWS: { gap: number; slots: Slot[] }[] = [
	{ gap: 12, slots: TOP_TIER.map((id, i) => ({ id, x: 8 + i * 97, width: 90 })) },
	{
		gap: 60,
		slots: [
			{ id: 'board-of-peace', x: 8, width: 208 },
			{ id: 'hamas', x: 240, width: 152 }
		]
	},
	{
		gap: 66,
		slots: [
			{ id: 'technocratic-committee', x: 8, width: 180 },
			{ id: 'palestinian-authority', x: 212, width: 180 }
		]
	},
	{
		gap: 30,
		slots: [
			{ id: 'israel', x: 8, width: 72, middle: true, markerCorner: 'left' },
			{ id: 'isf', x: 220, width: 172 }
		]
	},
	{
		gap: 30,
		slots: [
			{ id: 'united-nations', x: 8, width: 180 },
			{ id: 'palestinian-police', x: 220, width: 172 }
		]
	}
];

/** Relations drawn as a line inside a box rather than as an edge: a person on the Board, partners consulted by the force. */
const INLINE_HOSTS: Record<string, string> = {
	'trump>board-of-peace': 'board-of-peace',
	'blair>board-of-peace': 'board-of-peace',
	'egypt>palestinian-police': 'isf',
	'jordan>palestinian-police': 'isf'
};

interface EdgeHint {
	/** Where the edge leaves the source and meets the target (x, for edges that run down). */
	sx?: number;
	tx?: number;
	/** Where the label goes: beside a downward edge, above a sideways one, or inside the target box. */
	side: 'left' | 'right' | 'above' | 'inside';
	/** Wrap width of the label. */
	width: number;
}
/** Keyed by `source>target>kind`; a bundle from the top tier has the source `top-tier`. */
const EDGE_HINTS: Record<string, EdgeHint> = {
	'top-tier>hamas>guarantees': { sx: 262, tx: 262, side: 'left', width: 196 },
	'top-tier>hamas>mediates': { sx: 286, tx: 286, side: 'right', width: 104 },
	'board-of-peace>technocratic-committee>oversees': { sx: 40, tx: 40, side: 'right', width: 136 },
	'board-of-peace>palestinian-authority>hands-over-to': { sx: 200, tx: 226, side: 'right', width: 160 },
	'board-of-peace>hamas>excludes': { side: 'inside', width: 136 },
	'israel>isf>hands-over-to': { side: 'above', width: 132 },
	'isf>palestinian-police>trains': { sx: 306, tx: 306, side: 'left', width: 204 }
};
const DEFAULT_HINT: EdgeHint = { side: 'right', width: 140 };

export interface ActorNode {
	id: string;
	box: Rect;
	name: TextBlock;
	/** Subtitle, roles and inline relations, in the smaller size. */
	detail: TextBlock | null;
	/** Actors shown inside this box (the Board's chair and member, the partners the force consults). */
	members: string[];
	/** Named in an "excludes" relation: drawn dashed with the name struck through. */
	excluded: boolean;
	/** One line through each line of the name, for an excluded actor. */
	strikes: { x1: number; x2: number; y: number }[];
	tier: boolean;
	markerCorner: 'left' | 'right';
}

export interface RelationEdge {
	id: string;
	kind: Relation['kind'];
	from: string[];
	to: string;
	path: string;
	/** Null when the label is written inside the target box. */
	label: TextBlock | null;
}

export interface GovernanceLayout {
	width: number;
	height: number;
	nodes: ActorNode[];
	edges: RelationEdge[];
	/** The band behind the top tier, and its caption. */
	tier: { box: Rect; caption: TextBlock };
}

const nameOf = (id: string, names: Record<string, string>) => SHORT_NAMES[id] ?? names[id] ?? id;

/** Relations drawn as edges, grouped: one edge per source (or the whole top tier), target, kind and label. */
function groupEdges(relations: Relation[], placed: Set<string>) {
	const groups = new Map<string, { key: string; source: string; relations: Relation[] }>();
	for (const r of relations) {
		if (INLINE_HOSTS[`${r.from}>${r.to}`] || !placed.has(r.from) || !placed.has(r.to)) continue;
		const fromTier = TOP_TIER.includes(r.from);
		const id = `${fromTier ? 'top-tier' : r.from}>${r.to}>${r.kind}>${r.label}`;
		const group = groups.get(id) ?? {
			key: `${fromTier ? 'top-tier' : r.from}>${r.to}>${r.kind}`,
			source: fromTier ? 'top-tier' : r.from,
			relations: []
		};
		group.relations.push(r);
		groups.set(id, group);
	}
	// A "bundle" of one is an ordinary edge from that actor's own box.
	return [...groups.values()].map((g) =>
		g.source === 'top-tier' && g.relations.length === 1
			? { ...g, source: g.relations[0].from, key: g.key.replace('top-tier', g.relations[0].from) }
			: g
	);
}

/** The smaller lines of a box: its subtitle, its roles in the top tier, the relations drawn inside it. */
function detailLines(id: string, relations: Relation[], names: Record<string, string>, width: number): string[] {
	const lines: string[] = [];
	if (SUBTITLES[id]) lines.push(...wrapText(SUBTITLES[id], width, SMALL));
	if (TOP_TIER.includes(id)) {
		const roles = [
			...new Set(
				relations
					.filter((r) => r.from === id)
					.map((r) => ROLE_NOUNS[r.kind])
					.filter(Boolean)
			)
		];
		lines.push(...(roles as string[]).sort((a, b) => b.localeCompare(a)));
	}
	const inline = new Map<string, string[]>();
	for (const r of relations)
		if (INLINE_HOSTS[`${r.from}>${r.to}`] === id)
			inline.set(r.label, [...(inline.get(r.label) ?? []), nameOf(r.from, names)]);
	for (const [label, who] of inline) lines.push(...wrapText(`${who.join(', ')}: ${label}`, width, SMALL));
	for (const r of relations) if (r.kind === 'excludes' && r.to === id) lines.push(...wrapText(r.label, width, SMALL));
	return lines;
}

export function layoutGovernance(relations: Relation[], names: Record<string, string>): GovernanceLayout {
	const placed = new Set(ROWS.flatMap((r) => r.slots.map((s) => s.id)));
	const groups = groupEdges(relations, placed);
	const hintFor = (key: string) => EDGE_HINTS[key] ?? DEFAULT_HINT;
	const rowOf = (id: string) => (id === 'top-tier' ? 0 : ROWS.findIndex((r) => r.slots.some((s) => s.id === id)));

	// Label lines first: how tall they are decides how much room the gap between two rows needs.
	const labelLines = groups.map((g) => {
		const hint = hintFor(g.key);
		return hint.side === 'inside' ? [] : wrapText(g.relations[0].label, hint.width, SMALL);
	});
	const gaps = ROWS.map((row, i) => {
		const needs = groups
			.map((g, j) => ({ g, lines: labelLines[j] }))
			.filter(
				({ g, lines }) =>
					lines.length && hintFor(g.key).side !== 'above' && rowOf(g.relations[0].to) === i && rowOf(g.source) === i - 1
			)
			.map(({ lines }) => (lines.length - 1) * SMALL_LINE + SMALL + 2 * LABEL_MARGIN);
		return Math.max(row.gap, ...needs);
	});

	const nodes: ActorNode[] = [];
	let y = 0;
	let tierBox: Rect = { x: 4, y: 4, width: WIDTH - 8, height: 0 };
	let caption: TextBlock | null = null;
	ROWS.forEach((row, i) => {
		const top = y + gaps[i];
		const drafts = row.slots.map((slot) => {
			const inner = slot.width - 2 * PAD_X;
			const nameLines = wrapText(nameOf(slot.id, names), inner, NAME, true);
			const detail = detailLines(slot.id, relations, names, inner);
			const height =
				PAD_TOP +
				(nameLines.length - 1) * NAME_LINE +
				NAME +
				(detail.length ? 4 + detail.length * SMALL_LINE : 0) +
				PAD_BOTTOM;
			return { slot, nameLines, detail, height };
		});
		const rowHeight = Math.max(...drafts.map((d) => d.height));
		for (const { slot, nameLines, detail, height } of drafts) {
			const boxTop = slot.middle ? top + (rowHeight - height) / 2 : top;
			const cx = slot.x + slot.width / 2;
			const name: TextBlock = {
				x: cx,
				y: boxTop + PAD_TOP + NAME * 0.8,
				lines: nameLines,
				size: NAME,
				lineHeight: NAME_LINE,
				anchor: 'middle',
				bold: true
			};
			const detailTop = boxTop + PAD_TOP + (nameLines.length - 1) * NAME_LINE + NAME + 4;
			const excluded = relations.some((r) => r.kind === 'excludes' && r.to === slot.id);
			nodes.push({
				id: slot.id,
				box: { x: slot.x, y: boxTop, width: slot.width, height },
				name,
				detail: detail.length
					? {
							x: cx,
							y: detailTop + SMALL * 0.8 + 2,
							lines: detail,
							size: SMALL,
							lineHeight: SMALL_LINE,
							anchor: 'middle'
						}
					: null,
				members: relations.filter((r) => INLINE_HOSTS[`${r.from}>${r.to}`] === slot.id).map((r) => r.from),
				excluded,
				strikes: excluded ? strikeLines(name) : [],
				tier: i === 0,
				markerCorner: slot.markerCorner ?? 'right'
			});
		}
		y = top + rowHeight;
		if (i === 0) {
			caption = {
				x: 12,
				y: y + 6 + SMALL * 0.8,
				lines: [TOP_TIER_CAPTION],
				size: SMALL,
				lineHeight: SMALL_LINE,
				anchor: 'start'
			};
			y += 6 + SMALL + 6;
			tierBox = { x: 4, y: 4, width: WIDTH - 8, height: y - 4 };
		}
	});

	const byId = new Map(nodes.map((n) => [n.id, n]));
	const edges = groups.map((g, j) =>
		edgeFor(
			g,
			labelLines[j],
			hintFor(g.key),
			g.source === 'top-tier' ? tierBox : byId.get(g.source)!.box,
			byId.get(g.relations[0].to)!.box
		)
	);
	return { width: WIDTH, height: y + 8, nodes, edges, tier: { box: tierBox, caption: caption! } };
}

function strikeLines(name: TextBlock) {
	return name.lines.map((line, i) => {
		const box = textBox({ ...name, lines: [line] });
		return { x1: box.x - 3, x2: box.x + box.width + 3, y: name.y + i * name.lineHeight - name.size * 0.3 };
	});
}

const link = linkVertical();

function edgeFor(
	group: { key: string; source: string; relations: Relation[] },
	lines: string[],
	hint: EdgeHint,
	from: Rect,
	to: Rect
): RelationEdge {
	const r = group.relations[0];
	const base = { id: group.key, kind: r.kind, from: group.relations.map((x) => x.from), to: r.to };
	const block = (x: number, top: number, anchor: TextBlock['anchor']): TextBlock => ({
		x,
		y: top + SMALL * 0.8,
		lines,
		size: SMALL,
		lineHeight: SMALL_LINE,
		anchor
	});
	const height = (lines.length - 1) * SMALL_LINE + SMALL;
	if (to.y >= from.y + from.height) {
		// Runs down: from the source's bottom to the target's top.
		const sx = hint.sx ?? from.x + from.width / 2;
		const tx = hint.tx ?? to.x + to.width / 2;
		const y1 = from.y + from.height;
		const y2 = to.y;
		const path = sx === tx ? `M${sx},${y1}V${y2}` : link({ source: [sx, y1], target: [tx, y2] })!;
		const mid = (y1 + y2) / 2;
		const label =
			hint.side === 'inside'
				? null
				: hint.side === 'left'
					? block(Math.min(sx, tx) - LABEL_OFFSET, mid - height / 2, 'end')
					: block(Math.max(sx, tx) + LABEL_OFFSET, mid - height / 2, 'start');
		return { ...base, path, label };
	}
	// Runs sideways, level with the middle of the target, from the source's right side to the target's left.
	const y = to.y + to.height / 2;
	const x1 = from.x + from.width;
	const x2 = to.x;
	const label = hint.side === 'inside' ? null : block((x1 + x2) / 2, y - LABEL_OFFSET - height, 'middle');
	return { ...base, path: `M${x1},${y}H${x2}`, label };
}
