// Lays out the governance organigram once, at build time: the boxes where data/governance-chart.json places them, and
// the arrows and their labels worked out from the relations.
import { linkVertical } from 'd3';
import type { GovernanceChart, Relation } from '$lib/content/types';
import { TOP_TIER } from '$lib/content/validate-chart';
import { rect, tenth, type Rect } from '../geometry';
import { textBox, wrapText, type TextBlock } from '../text';

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
/** Room above a since mark, for the rule that sets it off from the box's name. */
const MARK_GAP = 10;

const ROLE_NOUNS: Partial<Record<Relation['kind'], string>> = { guarantees: 'guarantor', mediates: 'mediator' };
type Slot = GovernanceChart['rows'][number]['slots'][number];
type ArrowRule = Pick<GovernanceChart['arrows'][number], 'sx' | 'tx' | 'side' | 'width'>;
/** An arrow the chart gives no rule for: its label right of it. */
const DEFAULT_ARROW: ArrowRule = { side: 'right', width: 140 };

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
	/** What the since view writes in the box in place of its details, a block per entry: its status now, its steps. */
	mark?: TextBlock[];
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

/** What the layout reads of the content: the chart's rules, the relations, and each actor's full name. */
export interface GovernanceInput {
	chart: GovernanceChart;
	relations: Relation[];
	names: Record<string, string>;
	/** Lines the since view writes in an actor's box in place of its plan details, each wrapped to the box. */
	marks?: Record<string, string[]>;
}

interface ArrowGroup {
	/** `source>target>kind`, the arrow's id. */
	key: string;
	/** The actor the arrow leaves, or the whole top row. */
	source: string;
	relations: Relation[];
}

/** The relations drawn as arrows: one per source (or the whole top row), target, kind and label. */
function groupArrows(relations: Relation[], writtenInside: (r: Relation) => boolean, topRow: string[]): ArrowGroup[] {
	const groups = new Map<string, ArrowGroup>();
	for (const r of relations) {
		if (writtenInside(r)) continue;
		const source = topRow.includes(r.from) ? TOP_TIER : r.from;
		const id = `${source}>${r.to}>${r.kind}>${r.label}`;
		const group = groups.get(id) ?? { key: `${source}>${r.to}>${r.kind}`, source, relations: [] };
		group.relations.push(r);
		groups.set(id, group);
	}
	// A "bundle" of one is an ordinary arrow from that actor's own box.
	return [...groups.values()].map((g) =>
		g.source === TOP_TIER && g.relations.length === 1
			? { ...g, source: g.relations[0].from, key: g.key.replace(TOP_TIER, g.relations[0].from) }
			: g
	);
}

export function layoutGovernance({ chart, relations, names, marks = {} }: GovernanceInput): GovernanceLayout {
	const slots = chart.rows.flatMap((r) => r.slots);
	const topRow = chart.rows[0].slots.map((s) => s.actor);
	const slotOf = new Map(slots.map((s) => [s.actor, s]));
	const nameOf = (id: string) =>
		slotOf.get(id)?.name ?? chart.inside.find((e) => e.from === id)?.name ?? names[id] ?? id;
	const insideBox = (r: Relation) => chart.inside.find((e) => e.from === r.from && e.to === r.to)?.box;
	for (const r of relations)
		for (const end of [r.from, r.to])
			if (!insideBox(r) && !slotOf.has(end))
				throw new Error(`The governance chart has no box for "${end}" (data/governance-chart.json)`);

	const groups = groupArrows(relations, (r) => insideBox(r) !== undefined, topRow);
	const ruleFor = (g: ArrowGroup): ArrowRule => {
		const [from, to, kind] = g.key.split('>');
		return chart.arrows.find((a) => a.from === from && a.to === to && a.kind === kind) ?? DEFAULT_ARROW;
	};
	const rowOf = (id: string) =>
		id === TOP_TIER ? 0 : chart.rows.findIndex((r) => r.slots.some((s) => s.actor === id));

	/** The smaller lines of a box: its subtitle, its roles in the top row, the relations written inside it. */
	const detailLines = (slot: Slot, width: number): string[] => {
		const lines: string[] = [];
		if (slot.subtitle) lines.push(...wrapText(slot.subtitle, width, SMALL));
		if (topRow.includes(slot.actor)) {
			const roles = new Set(relations.filter((r) => r.from === slot.actor).map((r) => ROLE_NOUNS[r.kind]));
			lines.push(...[...roles].filter((r) => r !== undefined).sort((a, b) => b.localeCompare(a)));
		}
		const inside = new Map<string, string[]>();
		for (const r of relations)
			if (insideBox(r) === slot.actor) inside.set(r.label, [...(inside.get(r.label) ?? []), nameOf(r.from)]);
		for (const [label, who] of inside) lines.push(...wrapText(`${who.join(', ')}: ${label}`, width, SMALL));
		// An exclusion drawn as an arrow writes its label in the box it points at; one written inside a box already has.
		for (const r of relations)
			if (r.kind === 'excludes' && r.to === slot.actor && !insideBox(r)) lines.push(...wrapText(r.label, width, SMALL));
		return lines;
	};

	// Label lines first: how tall they are decides how much room the gap between two rows needs.
	const labelLines = groups.map((g) => {
		const rule = ruleFor(g);
		return rule.side === 'inside' ? [] : wrapText(g.relations[0].label, rule.width, SMALL);
	});
	const gaps = chart.rows.map((row, i) => {
		const needs = groups
			.map((g, j) => ({ g, lines: labelLines[j] }))
			.filter(
				({ g, lines }) =>
					lines.length && ruleFor(g).side !== 'above' && rowOf(g.relations[0].to) === i && rowOf(g.source) === i - 1
			)
			.map(({ lines }) => (lines.length - 1) * SMALL_LINE + SMALL + 2 * LABEL_MARGIN);
		return Math.max(row.gap, ...needs);
	});

	const nodes: ActorNode[] = [];
	let y = 0;
	let tierBox: Rect = rect(4, 4, WIDTH - 8, 0);
	let caption: TextBlock | null = null;
	chart.rows.forEach((row, i) => {
		const top = y + gaps[i];
		const drafts = row.slots.map((slot) => {
			const inner = slot.width - 2 * PAD_X;
			const nameLines = wrapText(nameOf(slot.actor), inner, NAME, true);
			// A box the since view marks says what became of it instead of what the plan says of it.
			// The first entry, the status, is drawn bold.
			const mark = (marks[slot.actor] ?? []).map((entry, k) => wrapText(entry, inner, SMALL, k === 0));
			const detail = mark.length ? [] : detailLines(slot, inner);
			const height =
				PAD_TOP +
				(nameLines.length - 1) * NAME_LINE +
				NAME +
				(detail.length ? 4 + detail.length * SMALL_LINE : 0) +
				(mark.length ? MARK_GAP + mark.flat().length * SMALL_LINE : 0) +
				PAD_BOTTOM;
			return { slot, nameLines, detail, mark, height };
		});
		const rowHeight = Math.max(...drafts.map((d) => d.height));
		for (const { slot, nameLines, detail, mark, height } of drafts) {
			const boxTop = slot.middle ? top + (rowHeight - height) / 2 : top;
			const cx = tenth(slot.x + slot.width / 2);
			const name: TextBlock = {
				x: cx,
				y: tenth(boxTop + PAD_TOP + NAME * 0.8),
				lines: nameLines,
				size: NAME,
				lineHeight: NAME_LINE,
				anchor: 'middle',
				bold: true
			};
			const detailTop = boxTop + PAD_TOP + (nameLines.length - 1) * NAME_LINE + NAME + 4;
			const excluded = relations.some((r) => r.kind === 'excludes' && r.to === slot.actor);
			const markTop = detailTop + (detail.length ? detail.length * SMALL_LINE : -4) + MARK_GAP;
			nodes.push({
				id: slot.actor,
				box: rect(slot.x, boxTop, slot.width, height),
				name,
				detail: detail.length
					? {
							x: cx,
							y: tenth(detailTop + SMALL * 0.8 + 2),
							lines: detail,
							size: SMALL,
							lineHeight: SMALL_LINE,
							anchor: 'middle'
						}
					: null,
				members: relations.filter((r) => insideBox(r) === slot.actor).map((r) => r.from),
				excluded,
				strikes: excluded ? strikeLines(name) : [],
				tier: i === 0,
				markerCorner: slot.markerCorner ?? 'right',
				...(mark.length > 0 && { mark: markBlocks(mark, cx, markTop) })
			});
		}
		y = top + rowHeight;
		if (i === 0) {
			caption = {
				x: 12,
				y: tenth(y + 6 + SMALL * 0.8),
				lines: [chart.tier.caption],
				size: SMALL,
				lineHeight: SMALL_LINE,
				anchor: 'start'
			};
			y += 6 + SMALL + 6;
			tierBox = rect(4, 4, WIDTH - 8, y - 4);
		}
	});

	const byId = new Map(nodes.map((n) => [n.id, n]));
	const edges = groups.map((g, j) =>
		edgeFor(
			g,
			labelLines[j],
			ruleFor(g),
			g.source === TOP_TIER ? tierBox : byId.get(g.source)!.box,
			byId.get(g.relations[0].to)!.box
		)
	);
	return { width: WIDTH, height: tenth(y + 8), nodes, edges, tier: { box: tierBox, caption: caption! } };
}

/** The since view's entries in a box, one block each, from `top` down. */
function markBlocks(entries: string[][], cx: number, top: number): TextBlock[] {
	let y = top;
	return entries.map((lines) => {
		const block: TextBlock = {
			x: cx,
			y: tenth(y + SMALL * 0.8),
			lines,
			size: SMALL,
			lineHeight: SMALL_LINE,
			anchor: 'middle'
		};
		y += lines.length * SMALL_LINE;
		return block;
	});
}

function strikeLines(name: TextBlock) {
	return name.lines.map((line, i) => {
		const box = textBox({ ...name, lines: [line] });
		return {
			x1: tenth(box.x - 3),
			x2: tenth(box.x + box.width + 3),
			y: tenth(name.y + i * name.lineHeight - name.size * 0.3)
		};
	});
}

const link = linkVertical().digits(1);

function edgeFor(group: ArrowGroup, lines: string[], rule: ArrowRule, from: Rect, to: Rect): RelationEdge {
	const r = group.relations[0];
	const base = { id: group.key, kind: r.kind, from: group.relations.map((x) => x.from), to: r.to };
	const block = (x: number, top: number, anchor: TextBlock['anchor']): TextBlock => ({
		x: tenth(x),
		y: tenth(top + SMALL * 0.8),
		lines,
		size: SMALL,
		lineHeight: SMALL_LINE,
		anchor
	});
	const height = (lines.length - 1) * SMALL_LINE + SMALL;
	if (to.y >= from.y + from.height) {
		// Runs down: from the source's bottom to the target's top.
		const sx = tenth(rule.sx ?? from.x + from.width / 2);
		const tx = tenth(rule.tx ?? to.x + to.width / 2);
		const y1 = tenth(from.y + from.height);
		const y2 = tenth(to.y);
		const path = sx === tx ? `M${sx},${y1}V${y2}` : link({ source: [sx, y1], target: [tx, y2] })!;
		const mid = (y1 + y2) / 2;
		const label =
			rule.side === 'inside'
				? null
				: rule.side === 'left'
					? block(Math.min(sx, tx) - LABEL_OFFSET, mid - height / 2, 'end')
					: block(Math.max(sx, tx) + LABEL_OFFSET, mid - height / 2, 'start');
		return { ...base, path, label };
	}
	// Runs sideways, level with the middle of the target, from the source's right side to the target's left.
	const y = tenth(to.y + to.height / 2);
	const x1 = tenth(from.x + from.width);
	const x2 = tenth(to.x);
	const label = rule.side === 'inside' ? null : block((x1 + x2) / 2, y - LABEL_OFFSET - height, 'middle');
	return { ...base, path: `M${x1},${y}H${x2}`, label };
}
