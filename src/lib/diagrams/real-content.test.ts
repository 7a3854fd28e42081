// Smoke tests on the real content in data/, in every edition (English, Arabic, Hebrew, each laid out at its own text
// widths): every phase's drawings build, their markers stay in the frame and apart, the layouts keep their text apart
// and inside their frames and their numbers short. Structure only, never wording: editors change the words.
import { describe, expect, it } from 'vitest';
import { loadEditionForTests, readDataFolder } from '$lib/content/test-content';
import type { AnyDrawing } from './drawing';
import { EXCHANGE_FIGURES } from './exchange/describe';
import { GUTTER as EXCHANGE_GUTTER, FORMATS } from './exchange/layout';
import { DEFAULT_ROWS, GUTTER as FIGURES_GUTTER } from './figures/layout';
import { STAGE } from './format';
import { circleBox, inside, overlaps, type Rect } from './geometry';
import { nodeFor } from './governance/highlight';
import { diagramMakers, drawingOf } from './makers';
import type { Marker } from './markers';
import { layoutMap } from './map/layout';
import { sideX } from './map/sides';
import { readShare } from './map/stages';
import { lineBoxes, textBox, textWidth } from './text';

const pairs = <T>(items: T[]): [T, T][] => items.flatMap((a, i) => items.slice(i + 1).map((b): [T, T] => [a, b]));
const circle = (m: Marker) => circleBox(m, m.r);

describe.each(['en', 'ar', 'he'] as const)('the %s edition', (edition) => {
	const content = loadEditionForTests(edition);
	const makers = diagramMakers(content, 'page', edition);
	const stageMakers = diagramMakers(content, 'stage', edition);
	/** Every phase's drawings, as a page draws them and as a slide's whole stage does. */
	const drawings = (['page', 'stage'] as const).flatMap((format) =>
		content.phases.flatMap((phase) =>
			phase.diagrams.map((state) => {
				const made = format === 'page' ? makers : stageMakers;
				return {
					phase: `${phase.id} (${format})`,
					kind: state.kind,
					annotations: state.annotations.length,
					drawing: drawingOf(made, content, phase.id, state, 'with-notes'),
					bare: drawingOf(made, content, phase.id, state, 'without-notes')
				};
			})
		)
	);

	/** The part of the drawing its markers must stay in: the whole drawing, or the map without its legend. */
	const frameOf = (d: AnyDrawing): Rect => ({
		x: 0,
		y: 0,
		width: d.layout.width,
		height: d.kind === 'map' ? d.layout.mapHeight : d.layout.height
	});

	describe('every real phase’s drawings', () => {
		it('cover every phase and every kind of diagram', () => {
			expect(new Set(drawings.map((d) => d.phase))).toEqual(
				new Set(content.phases.flatMap((p) => [`${p.id} (page)`, `${p.id} (stage)`]))
			);
			expect(new Set(drawings.map((d) => d.kind)).size).toBe(5);
		});

		it.each(drawings)(
			'$phase: the $kind drawing has a marker for each of its quote notes',
			({ drawing, annotations }) => {
				expect(drawing.notes.map((n) => n.n)).toEqual(Array.from({ length: annotations }, (_, i) => i + 1));
				expect(drawing.markers.map((m) => m.n).sort((a, b) => a - b)).toEqual(drawing.notes.map((n) => n.n));
				for (const note of drawing.notes) expect(note.quote.text.length).toBeGreaterThan(0);
				expect(drawing.description.length).toBeGreaterThan(0);
			}
		);

		it.each(drawings)('$phase: the $kind drawing without notes has no markers', ({ bare }) => {
			expect(bare.notes).toEqual([]);
			expect(bare.markers).toEqual([]);
		});

		it.each(drawings)('$phase: the $kind drawing keeps its markers inside its frame and apart', ({ drawing }) => {
			const frame = frameOf(drawing);
			expect(drawing.markers).toHaveLength(drawing.notes.length);
			for (const m of drawing.markers) expect(inside(circle(m), frame), `marker ${m.n}`).toBe(true);
			for (const [a, b] of pairs(drawing.markers))
				expect(overlaps(circle(a), circle(b)), `markers ${a.n} and ${b.n}`).toBe(false);
		});

		it.each(drawings)('$phase: the $kind drawing is plain data (it survives a JSON round trip)', ({ drawing }) => {
			expect(JSON.parse(JSON.stringify(drawing))).toStrictEqual(drawing);
		});

		const governance = drawings.filter((d) => d.drawing.kind === 'governance');
		it.each(governance)('$phase: no governance marker sits on a box but its own', ({ drawing }) => {
			if (drawing.kind !== 'governance') throw new Error('not a governance drawing');
			const { nodes } = drawing.layout;
			expect(drawing.markers.length).toBeGreaterThan(0);
			for (const m of drawing.markers) {
				const own = nodeFor(drawing.notes.find((n) => n.n === m.n)!.anchor, nodes);
				expect(own, `marker ${m.n}`).toBeDefined();
				for (const other of nodes.filter((n) => n !== own))
					expect(overlaps(circle(m), other.box), `marker ${m.n} on ${own!.id} over ${other.id}`).toBe(false);
			}
		});
	});

	describe('numbers in the page data', () => {
		const NUMBER = /-?\d*\.?\d+(?:e[-+]?\d+)?/g;
		const isPath = (s: string) => /^M[-+\d.,\seMLHVCSQTAZ]*$/.test(s);
		/** Every number in a value with where it sits; an SVG path's numbers too. */
		function numbers(value: unknown, at = ''): { at: string; n: number }[] {
			if (typeof value === 'number') return [{ at, n: value }];
			if (typeof value === 'string')
				return isPath(value) ? (value.match(NUMBER) ?? []).map((n) => ({ at, n: Number(n) })) : [];
			if (Array.isArray(value)) return value.flatMap((v, i) => numbers(v, `${at}[${i}]`));
			if (value && typeof value === 'object')
				return Object.entries(value).flatMap(([k, v]) => numbers(v, `${at}.${k}`));
			return [];
		}
		/** Numbers the data states itself (a figure's value, a share): they stay as the data gives them. */
		const stated = new Set(numbers(readDataFolder()).map((x) => x.n));
		const toATenth = (n: number) => Math.abs(n * 10 - Math.round(n * 10)) < 1e-9;

		const worked = [
			...Object.values(makers).map((m) => ({ what: `the ${m.kind} layout`, value: m.layout })),
			...Object.values(stageMakers).map((m) => ({ what: `the ${m.kind} stage layout`, value: m.layout })),
			{ what: 'the markers of every phase', value: drawings.map((d) => d.drawing.markers) }
		];
		it.each(worked)(
			'keeps every number in $what to a tenth of a unit, but for numbers the data states',
			({ value }) => {
				const all = numbers(value);
				expect(all.length).toBeGreaterThan(0);
				const long = all.filter((x) => !toATenth(x.n) && !stated.has(x.n));
				expect(long, long.map((x) => `${x.at}: ${x.n}`).join('\n')).toEqual([]);
			}
		);
	});

	describe('the sequence’s real layout', () => {
		const { layout } = makers.sequence;
		const frame: Rect = { x: 0, y: 0, width: layout.width, height: layout.height };

		it('draws a note for each difference in order, and crosses the arrows for each swap', () => {
			expect(layout.cards.map((c) => c.id)).toEqual(content.orderDisputes.map((d) => d.id));
			expect(layout.connectors.filter((c) => c.crossed).map((c) => c.into)).toEqual(
				content.orderDisputes.filter((d) => d.swap).map((d) => d.swap![1])
			);
		});

		it('keeps every label inside the drawing and clear of every other label, and titles inside their boxes', () => {
			const labels = [
				...layout.boxes.flatMap((b) => [...lineBoxes(b.title), b.tag.pill]),
				...layout.connectors.flatMap((c) => lineBoxes(c.trigger)),
				...layout.cards.flatMap((c) => c.statements.flatMap((s) => lineBoxes(s.text)))
			];
			for (const label of labels) expect(inside(label, frame), JSON.stringify(label)).toBe(true);
			for (const [a, b] of pairs(labels)) expect(overlaps(a, b), JSON.stringify([a, b])).toBe(false);
			for (const b of layout.boxes) expect(inside(textBox(b.title), b.box), b.id).toBe(true);
		});

		it('keeps a marker for every phase, and a second on the first, clear of the boxes, the text and each other', () => {
			const notes = [...content.phases.map((p) => p.id), content.phases[0].id].map((anchor, i) => ({
				n: i + 1,
				anchor
			}));
			const markers = makers.sequence.placeMarkers(notes, {});
			expect(markers).toHaveLength(notes.length);
			const taken = [
				...layout.boxes.map((b) => b.box),
				...layout.connectors.map((c) => textBox(c.trigger)),
				...layout.cards.map((c) => c.box)
			];
			for (const m of markers) {
				expect(inside(circle(m), frame), `marker ${m.n}`).toBe(true);
				for (const t of taken) expect(overlaps(circle(m), t), `marker ${m.n}`).toBe(false);
			}
			for (const [a, b] of pairs(markers)) expect(overlaps(circle(a), circle(b))).toBe(false);
		});
	});

	describe('the exchange’s real layout', () => {
		const { layout } = makers.exchange;
		it('keeps every text clear of the squares and left of the marker gutter', () => {
			for (const t of [...layout.texts, ...layout.flag.lines]) {
				const box = { x: t.x, y: t.y - t.size * 0.8, width: textWidth(t.text, t.size, t.bold), height: t.size };
				expect(box.x + box.width, t.id).toBeLessThanOrEqual(EXCHANGE_GUTTER.x - EXCHANGE_GUTTER.r);
				for (const b of layout.blocks) expect(overlaps(box, b.box), `${t.id} over ${b.id}`).toBe(false);
			}
		});

		// The Arabic and Hebrew flags are two lines longer than the English: the prisoners' heading goes beside the
		// flag where that is shorter, and the total on the detainees' heading's line where it fits.
		const stage = stageMakers.exchange.layout;
		it('stands within the stage’s room on a slide, its text clear of the squares, the flag and each other', () => {
			expect(stage.height).toBeLessThanOrEqual(STAGE.height);
			const boxes = [...stage.texts, ...stage.flag.lines].map((t) => ({
				id: t.id,
				box: { x: t.x, y: t.y - t.size * 0.8, width: textWidth(t.text, t.size, t.bold), height: t.size }
			}));
			for (const { id, box } of boxes)
				for (const b of stage.blocks) expect(overlaps(box, b.box), `${id} over ${b.id}`).toBe(false);
			// The flag stands against the right edge, its lines inside it; the other texts end left of the markers.
			for (const { id, box } of boxes)
				if (id.startsWith('flag-')) expect(inside(box, stage.flag), id).toBe(true);
				else {
					expect(box.x + box.width, id).toBeLessThanOrEqual(FORMATS.stage.textRight);
					expect(overlaps(box, stage.flag), `${id} over the flag`).toBe(false);
				}
			for (const [a, b] of pairs(boxes)) expect(overlaps(a.box, b.box, 2), `${a.id} / ${b.id}`).toBe(false);
		});
	});

	describe('the figures’ real layout', () => {
		const { layout } = makers.figures;
		it('keeps marks apart and on their axis, rows apart, and text left of the marker gutter', () => {
			for (const row of layout.rows) {
				const sorted = [...row.marks].sort((a, b) => a.x - b.x);
				for (const [a, b] of sorted.slice(1).map((m, i) => [sorted[i], m]))
					expect(b.x - b.width / 2, row.id).toBeGreaterThanOrEqual(a.x + a.width / 2);
				for (const m of row.marks) {
					expect(m.trueX).toBeGreaterThanOrEqual(row.axis.x0);
					expect(m.trueX).toBeLessThanOrEqual(row.axis.x1);
				}
				// Titles are bold at 16 units, the reasons under the rows plain at 14.
				const ends = [
					...row.title.map((t) => t.x + textWidth(t.text, 16, true)),
					...row.reason.map((t) => t.x + textWidth(t.text, 14))
				];
				for (const end of ends) expect(end, row.id).toBeLessThanOrEqual(FIGURES_GUTTER.x - FIGURES_GUTTER.r);
			}
			for (const [a, b] of layout.rows.slice(1).map((r, i) => [layout.rows[i], r]))
				expect(b.top).toBeGreaterThanOrEqual(a.top + a.height);
		});
	});

	describe('the governance chart’s real layout', () => {
		const { layout } = makers.governance;
		const frame: Rect = { x: 0, y: 0, width: layout.width, height: layout.height };

		// Both parties sit in the row under the guarantors, who guarantee the deal to each of them. The Arabic and Hebrew
		// names and details run a few lines longer than the English (693 and 655 units in December 2026).
		const tallest = edition === 'en' ? 650 : 720;
		it(`stays a portrait of at most ${tallest} units`, () => {
			expect(layout.height).toBeLessThanOrEqual(tallest);
		});

		// On a slide's whole stage the boxes stand side by side; the Arabic names and details still run longest (724
		// of the stage's 730 units in December 2026).
		it('stands within the stage’s room on a slide', () => {
			expect(stageMakers.governance.layout.height).toBeLessThanOrEqual(STAGE.height);
		});

		it('draws every relation, as an arrow or a line inside a box', () => {
			const drawn = layout.edges.flatMap((e) => e.from).length + layout.nodes.flatMap((n) => n.members).length;
			expect(drawn).toBe(content.relations.length);
		});

		it('keeps boxes apart, text inside its box, and arrow labels clear of boxes and of each other', () => {
			const boxes = layout.nodes.map((n) => n.box);
			for (const [a, b] of pairs(boxes)) expect(overlaps(a, b)).toBe(false);
			for (const n of layout.nodes) {
				expect(inside(n.box, frame), n.id).toBe(true);
				for (const line of [...lineBoxes(n.name), ...(n.detail ? lineBoxes(n.detail) : [])])
					expect(inside(line, n.box), `${n.id}: ${JSON.stringify(line)}`).toBe(true);
			}
			const labels = [
				...layout.edges.flatMap((e) => (e.label ? lineBoxes(e.label) : [])),
				...lineBoxes(layout.tier.caption)
			];
			for (const label of labels) {
				expect(inside(label, frame)).toBe(true);
				for (const box of boxes) expect(overlaps(label, box), JSON.stringify([label, box])).toBe(false);
			}
			for (const [a, b] of pairs(labels)) expect(overlaps(a, b, 2), JSON.stringify([a, b])).toBe(false);
		});

		it(
			'keeps a marker on every box, and a second on a box with a member, ' +
				'clear of other boxes, all text and each other',
			() => {
				const member = layout.nodes.find((n) => n.members.length)!.members[0];
				const notes = [...layout.nodes.map((n) => n.id), member].map((anchor, i) => ({ n: i + 1, anchor }));
				const markers = makers.governance.placeMarkers(notes, { focus: [] });
				expect(markers).toHaveLength(notes.length);
				const text = [
					...layout.edges.flatMap((e) => (e.label ? lineBoxes(e.label) : [])),
					...layout.nodes.flatMap((n) => [...lineBoxes(n.name), ...(n.detail ? lineBoxes(n.detail) : [])]),
					textBox(layout.tier.caption)
				];
				for (const m of markers) {
					expect(inside(circle(m), frame), `marker ${m.n}`).toBe(true);
					const own = nodeFor(notes[m.n - 1].anchor, layout.nodes)!;
					for (const other of layout.nodes.filter((n) => n !== own))
						expect(overlaps(circle(m), other.box), `marker ${m.n} on ${own.id} over ${other.id}`).toBe(false);
					for (const t of text) expect(overlaps(circle(m), t), JSON.stringify([m, t])).toBe(false);
				}
				for (const [a, b] of pairs(markers)) expect(overlaps(circle(a), circle(b))).toBe(false);
			}
		);
	});

	describe('the map’s real layout', () => {
		const { layout, obstacles } = layoutMap(content, 'page', edition);
		const fixed: Rect[] = [
			...layout.places.map((p) => p.label.box),
			...layout.regions.map((r) => r.box),
			layout.scaleBar.label.box,
			layout.north.label.box
		];

		it.each(layout.marks.map((m) => ({ stage: m.id, box: m.label.box })))(
			'keeps the labels apart at stage $stage',
			({ box }) => {
				for (const [a, b] of pairs([...fixed, box])) expect(overlaps(a, b), JSON.stringify([a, b])).toBe(false);
			}
		);

		it('keeps every label and the legend inside the drawing, at most 560 units tall', () => {
			const legendBoxes = layout.legends.flatMap((l) =>
				[l.title, l.sentence, l.figure, ...l.scale, ...l.others.map((o) => o.label)].map((b) => b.box)
			);
			const frame: Rect = { x: 0, y: 0, width: layout.width, height: layout.height };
			for (const b of [...fixed, ...layout.marks.map((m) => m.label.box), ...legendBoxes])
				expect(inside(b, frame), JSON.stringify(b)).toBe(true);
			expect(layout.height).toBeLessThanOrEqual(560);
		});

		it('puts town names west of the Strip, each near the level of its dot', () => {
			expect(layout.places).toHaveLength(content.places.length);
			for (const p of layout.places) {
				const west = sideX(obstacles.sides.west, p.label.y, 'west');
				if (west !== null) expect(p.label.box.x + p.label.box.width, p.id).toBeLessThanOrEqual(west);
				expect(Math.abs(p.label.y - p.dot.y), p.id).toBeLessThan(20);
			}
		});

		it.each(layout.stages.map((s) => ({ stage: s.id, display: s.share.display })))(
			'draws the $stage area within 3 points of the share the data reports ($display)',
			({ stage, display }) => {
				const [lo, hi] = readShare(display).range;
				const drawn = layout.marks.find((m) => m.id === stage)!.drawnShare;
				expect(Math.abs(drawn - (lo + hi) / 2)).toBeLessThan(3);
			}
		);

		it('nests the stages: each later area is smaller than the one before', () => {
			const shares = layout.marks.map((m) => m.drawnShare);
			expect(shares).toEqual([...shares].sort((a, b) => b - a));
		});

		it('keeps a marker for every town and line off the Strip, inside the map and clear of the labels', () => {
			const anchors = [...layout.marks.filter((m) => m.line).map((m) => m.id), ...layout.places.map((p) => p.id)];
			const markers = makers.map.placeMarkers(
				anchors.map((anchor, i) => ({ n: i + 1, anchor })),
				{ stage: 'yellow' }
			);
			expect(markers).toHaveLength(anchors.length);
			const stageLabel = layout.marks.find((m) => m.id === 'yellow')!.label.box;
			for (const m of markers) {
				expect(inside(circle(m), { x: 0, y: 0, width: layout.width, height: layout.mapHeight })).toBe(true);
				for (const t of [...obstacles.taken, stageLabel]) expect(overlaps(t, circle(m)), `marker ${m.n}`).toBe(false);
				const [west, east] = [sideX(obstacles.sides.west, m.y, 'west'), sideX(obstacles.sides.east, m.y, 'east')];
				if (west !== null && east !== null) expect(m.x + m.r <= west || m.x - m.r >= east, `marker ${m.n}`).toBe(true);
			}
			for (const [a, b] of pairs(markers)) expect(overlaps(circle(a), circle(b))).toBe(false);
		});
	});
});

describe('the figures ledger in data/figures.json', () => {
	const content = loadEditionForTests('en');
	it('has every figure the exchange is drawn from, and every row the figures draw whatever the phase', () => {
		const ids = content.figures.map((f) => f.id);
		expect(ids).toEqual(expect.arrayContaining([...EXCHANGE_FIGURES]));
		expect(ids).toEqual(expect.arrayContaining(DEFAULT_ROWS.flatMap((r) => [r.figure, r.within ?? r.figure])));
	});

	it('says how its source puts every value', () => {
		for (const f of content.figures)
			for (const v of f.values) expect(v.display, `${f.id}: ${v.source ?? 'the plan'}`).toBeTruthy();
	});
});
