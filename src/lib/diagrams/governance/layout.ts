// Lays out the governance organigram once, at build time: the boxes where data/governance-chart.json places them (on a
// page, or again on a slide's whole stage), and the arrows and their labels worked out from the relations.
import { linkVertical } from 'd3';
import { CHART_WIDTH } from '$lib/content/schema';
import type { GovernanceChart, Relation } from '$lib/content/types';
import { TOP_TIER } from '$lib/content/validate-chart';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import type { FrameWords } from '../frame-words';
import { STAGE, type DiagramFormat } from '../format';
import { rect, tenth, type Rect } from '../geometry';
import { textBox, wrapText, type TextBlock } from '../text';
import { punctuation } from '$lib/editions/punctuation';

export const WIDTH = CHART_WIDTH;

/** The type, the room around it and the weight of lines, in each format's units. */
const SIZES = {
	page: {
		width: WIDTH,
		name: 16,
		nameLine: 19,
		small: 14,
		smallLine: 17,
		padTop: 8,
		padBottom: 7,
		padX: 8,
		/** Room between a box's name and its smaller lines, and how far those sit lower still. */
		detailGap: 4,
		detailDrop: 2,
		/** Room between an edge and its label, and above and below a label in the gap between two rows. */
		labelOffset: 6,
		labelMargin: 10,
		/** Room above a since mark, for the rule that sets it off from the box's name. */
		markGap: 10,
		/** The band's inset from the drawing's edge, its caption's from the band's, and the room above and below it. */
		inset: 4,
		captionIndent: 8,
		captionGap: 6,
		/** How far a strike runs past the name's ends. */
		strikeOver: 3,
		bottom: 8,
		line: 1
	},
	stage: {
		width: STAGE.width,
		name: 26,
		nameLine: 31,
		small: STAGE.minText,
		smallLine: 28,
		padTop: 11,
		padBottom: 10,
		padX: 12,
		detailGap: 5,
		detailDrop: 3,
		labelOffset: 9,
		labelMargin: 14,
		markGap: 14,
		inset: 4,
		captionIndent: 12,
		captionGap: 9,
		strikeOver: 5,
		bottom: 8,
		/** Lines 1.6 times a page's: drawn at one unit to a pixel, a page's would look spindly beside 24-unit type. */
		line: 1.6
	}
} as const;
type Sizes = (typeof SIZES)[DiagramFormat];

/** The roles a box of the top row names under its name, in this order, each in the edition's words. */
const ROLES: {
	kind: Relation['kind'];
	noun: (inputs: Record<string, never>, options: { locale: Locale }) => string;
}[] = [
	{ kind: 'mediates', noun: m.diagram_governance_mediator },
	{ kind: 'guarantees', noun: m.diagram_governance_guarantor }
];
/** Where a box sits: the page's slot, or the stage's. Its words (a shorter name, a subtitle) are the page's. */
type Slot = GovernanceChart['stage']['rows'][number]['slots'][number];
type Words = Pick<GovernanceChart['rows'][number]['slots'][number], 'name' | 'subtitle'>;
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
	words: FrameWords;
	/** How thick lines are drawn, as a multiple of a page's: thicker where type is larger (the stage). */
	line: number;
	nodes: ActorNode[];
	edges: RelationEdge[];
	/** The band behind the top tier, and its caption. */
	tier: { box: Rect; caption: TextBlock };
}

/**
 * What the layout reads of the content: the chart's rules (its stage placement only where it is drawn on the stage),
 * the relations, and each actor's full name.
 */
export interface GovernanceInput {
	chart: Omit<GovernanceChart, 'stage'> & Partial<Pick<GovernanceChart, 'stage'>>;
	relations: Relation[];
	names: Record<string, string>;
	/** Lines the since view writes in an actor's box in place of its plan details, each wrapped to the box. */
	marks?: Record<string, string[]>;
	/** The edition whose words the layout writes (the roles); English where none is given. */
	locale?: Locale;
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

/**
 * The organigram in a format: on a page, the chart's rows in its 400 units, each below the one before; on the stage,
 * the chart's `stage` rows in the stage's units, each below the rows above it that share its columns, so that groups
 * stand side by side. The words and the meaning are the same in both.
 */
export function layoutGovernance(
	{ chart, relations, names, marks = {}, locale = 'en' }: GovernanceInput,
	format: DiagramFormat = 'page'
): GovernanceLayout {
	const size = SIZES[format];
	const stage = chart.stage;
	if (format === 'stage' && !stage) throw new Error('The governance chart has no "stage" (data/governance-chart.json)');
	const placement = format === 'stage' && stage ? stage : chart;
	const slots: Slot[] = placement.rows.flatMap((r) => r.slots);
	const wordsOf = new Map<string, Words>(chart.rows.flatMap((r) => r.slots).map((s) => [s.actor, s]));
	const topRow = chart.rows[0].slots.map((s) => s.actor);
	const slotOf = new Map(slots.map((s) => [s.actor, s]));
	const nameOf = (id: string) =>
		wordsOf.get(id)?.name ?? chart.inside.find((e) => e.from === id)?.name ?? names[id] ?? id;
	const insideBox = (r: Relation) => chart.inside.find((e) => e.from === r.from && e.to === r.to)?.box;
	for (const r of relations)
		for (const end of [r.from, r.to])
			if (!insideBox(r) && !slotOf.has(end))
				throw new Error(`The governance chart has no box for "${end}" (data/governance-chart.json)`);

	const groups = groupArrows(relations, (r) => insideBox(r) !== undefined, topRow);
	const ruleFor = (g: ArrowGroup): ArrowRule => {
		const [from, to, kind] = g.key.split('>');
		return placement.arrows.find((a) => a.from === from && a.to === to && a.kind === kind) ?? DEFAULT_ARROW;
	};
	const rowOf = (id: string) =>
		id === TOP_TIER ? 0 : placement.rows.findIndex((r) => r.slots.some((s) => s.actor === id));

	/** The smaller lines of a box: its subtitle, its roles in the top row, the relations written inside it. */
	const detailLines = (slot: Slot, width: number): string[] => {
		const lines: string[] = [];
		const subtitle = wordsOf.get(slot.actor)?.subtitle;
		if (subtitle) lines.push(...wrapText(subtitle, width, size.small));
		if (topRow.includes(slot.actor)) {
			const roles = ROLES.filter((role) => relations.some((r) => r.from === slot.actor && r.kind === role.kind));
			lines.push(...roles.map((role) => role.noun({}, { locale })));
		}
		const inside = new Map<string, string[]>();
		for (const r of relations)
			if (insideBox(r) === slot.actor) inside.set(r.label, [...(inside.get(r.label) ?? []), nameOf(r.from)]);
		const { comma } = punctuation(locale);
		for (const [label, who] of inside) lines.push(...wrapText(`${who.join(comma)}: ${label}`, width, size.small));
		// An exclusion drawn as an arrow writes its label in the box it points at; one written inside a box already has.
		for (const r of relations)
			if (r.kind === 'excludes' && r.to === slot.actor && !insideBox(r))
				lines.push(...wrapText(r.label, width, size.small));
		return lines;
	};

	// Label lines first: how tall they are decides how much room the gap above a row needs.
	const labelLines = groups.map((g) => {
		const rule = ruleFor(g);
		return rule.side === 'inside' ? [] : wrapText(g.relations[0].label, rule.width, size.small);
	});
	/** The room each arrow's label needs between its source's row and its target's, by the target's row. */
	const labelRoom = placement.rows.map((_, i) =>
		groups
			.map((g, j) => ({ g, lines: labelLines[j] }))
			.filter(
				({ g, lines }) =>
					lines.length && ruleFor(g).side !== 'above' && rowOf(g.relations[0].to) === i && rowOf(g.source) < i
			)
			.map(({ g, lines }) => ({
				from: rowOf(g.source),
				room: (lines.length - 1) * size.smallLine + size.small + 2 * size.labelMargin
			}))
	);

	const nodes: ActorNode[] = [];
	/** The rows placed so far, each as the columns it spans and where it ends: a row goes below those it shares columns
	 * with. On a page every row spans the chart, so each goes below the one before. */
	const placed: { left: number; right: number; bottom: number }[] = [];
	const tierWidth = placement === stage ? stage.tierWidth : WIDTH;
	let tierBox: Rect = rect(size.inset, size.inset, tierWidth - 2 * size.inset, 0);
	let caption: TextBlock | null = null;
	placement.rows.forEach((row, i) => {
		const left = i === 0 ? size.inset : Math.min(...row.slots.map((s) => s.x));
		const right = i === 0 ? tierWidth - size.inset : Math.max(...row.slots.map((s) => s.x + s.width));
		const above = placed.filter((p) => p.left < right && left < p.right).map((p) => p.bottom);
		const top = Math.max(
			Math.max(0, ...above) + row.gap,
			...labelRoom[i].map(({ from, room }) => placed[from].bottom + room)
		);
		const drafts = row.slots.map((slot) => {
			const inner = slot.width - 2 * size.padX;
			const nameLines = wrapText(nameOf(slot.actor), inner, size.name, true);
			// A box the since view marks says what became of it instead of what the plan says of it.
			// The first entry, the status, is drawn bold.
			const mark = (marks[slot.actor] ?? []).map((entry, k) => wrapText(entry, inner, size.small, k === 0));
			const detail = mark.length ? [] : detailLines(slot, inner);
			const height =
				size.padTop +
				(nameLines.length - 1) * size.nameLine +
				size.name +
				(detail.length ? size.detailGap + detail.length * size.smallLine : 0) +
				(mark.length ? size.markGap + mark.flat().length * size.smallLine : 0) +
				size.padBottom;
			return { slot, nameLines, detail, mark, height };
		});
		const rowHeight = Math.max(...drafts.map((d) => d.height));
		for (const { slot, nameLines, detail, mark, height } of drafts) {
			const boxTop = slot.middle ? top + (rowHeight - height) / 2 : top;
			const cx = tenth(slot.x + slot.width / 2);
			const name: TextBlock = {
				x: cx,
				y: tenth(boxTop + size.padTop + size.name * 0.8),
				lines: nameLines,
				size: size.name,
				lineHeight: size.nameLine,
				anchor: 'middle',
				bold: true
			};
			const detailTop = boxTop + size.padTop + (nameLines.length - 1) * size.nameLine + size.name + size.detailGap;
			const excluded = relations.some((r) => r.kind === 'excludes' && r.to === slot.actor);
			const markTop = detailTop + (detail.length ? detail.length * size.smallLine : -size.detailGap) + size.markGap;
			nodes.push({
				id: slot.actor,
				box: rect(slot.x, boxTop, slot.width, height),
				name,
				detail: detail.length
					? {
							x: cx,
							y: tenth(detailTop + size.small * 0.8 + size.detailDrop),
							lines: detail,
							size: size.small,
							lineHeight: size.smallLine,
							anchor: 'middle'
						}
					: null,
				members: relations.filter((r) => insideBox(r) === slot.actor).map((r) => r.from),
				excluded,
				strikes: excluded ? strikeLines(name, size) : [],
				tier: i === 0,
				markerCorner: slot.markerCorner ?? 'right',
				...(mark.length > 0 && { mark: markBlocks(mark, cx, markTop, size) })
			});
		}
		let bottom = top + rowHeight;
		if (i === 0) {
			caption = {
				x: size.inset + size.captionIndent,
				y: tenth(bottom + size.captionGap + size.small * 0.8),
				lines: [chart.tier.caption],
				size: size.small,
				lineHeight: size.smallLine,
				anchor: 'start'
			};
			bottom += size.captionGap + size.small + size.captionGap;
			tierBox = rect(size.inset, size.inset, tierWidth - 2 * size.inset, bottom - size.inset);
		}
		placed.push({ left, right, bottom });
	});

	const byId = new Map(nodes.map((n) => [n.id, n]));
	const edges = groups.map((g, j) =>
		edgeFor(
			g,
			labelLines[j],
			ruleFor(g),
			g.source === TOP_TIER ? tierBox : byId.get(g.source)!.box,
			byId.get(g.relations[0].to)!.box,
			size
		)
	);
	const height = Math.max(...placed.map((p) => p.bottom));
	return {
		words: {
			title: m.diagram_governance_title({}, { locale }),
			caveat: m.diagram_governance_caveat({}, { locale }),
			svgTitle: m.diagram_governance_svg_title({}, { locale })
		},
		width: size.width,
		height: tenth(height + size.bottom),
		line: size.line,
		nodes,
		edges,
		tier: { box: tierBox, caption: caption! }
	};
}

/** The since view's entries in a box, one block each, from `top` down. */
function markBlocks(entries: string[][], cx: number, top: number, size: Sizes): TextBlock[] {
	let y = top;
	return entries.map((lines) => {
		const block: TextBlock = {
			x: cx,
			y: tenth(y + size.small * 0.8),
			lines,
			size: size.small,
			lineHeight: size.smallLine,
			anchor: 'middle'
		};
		y += lines.length * size.smallLine;
		return block;
	});
}

function strikeLines(name: TextBlock, size: Sizes) {
	return name.lines.map((line, i) => {
		const box = textBox({ ...name, lines: [line] });
		return {
			x1: tenth(box.x - size.strikeOver),
			x2: tenth(box.x + box.width + size.strikeOver),
			y: tenth(name.y + i * name.lineHeight - name.size * 0.3)
		};
	});
}

const link = linkVertical().digits(1);

function edgeFor(group: ArrowGroup, lines: string[], rule: ArrowRule, from: Rect, to: Rect, size: Sizes): RelationEdge {
	const r = group.relations[0];
	const base = { id: group.key, kind: r.kind, from: group.relations.map((x) => x.from), to: r.to };
	const block = (x: number, top: number, anchor: TextBlock['anchor']): TextBlock => ({
		x: tenth(x),
		y: tenth(top + size.small * 0.8),
		lines,
		size: size.small,
		lineHeight: size.smallLine,
		anchor
	});
	const height = (lines.length - 1) * size.smallLine + size.small;
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
					? block(Math.min(sx, tx) - size.labelOffset, mid - height / 2, 'end')
					: block(Math.max(sx, tx) + size.labelOffset, mid - height / 2, 'start');
		return { ...base, path, label };
	}
	// Runs sideways, level with the middle of the target, from the source's right side to the target's left.
	const y = tenth(to.y + to.height / 2);
	const x1 = tenth(from.x + from.width);
	const x2 = tenth(to.x);
	const label = rule.side === 'inside' ? null : block((x1 + x2) / 2, y - size.labelOffset - height, 'middle');
	return { ...base, path: `M${x1},${y}H${x2}`, label };
}
