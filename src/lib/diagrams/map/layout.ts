// The map's layout, once at build time: projection, the Strip and its neighbours,
// the Israeli-held area and line of each stage, town labels, scale bar and legend.
import { geoMercator } from 'd3';
import type { MapLine, Outline, Place } from '$lib/content/types';
import { egyptBorderTop, heldArea, kmPerDegLon, stripSides, type LonLat, type StripSides } from './held-area';
import { legendBottom, legendFor, type Legend } from './legend';
import { lonAt, sideX } from './sides';
import { stagesFrom, type Stage, type StageInfo } from './stages';
import { circleBox, overlaps, point, tenth, type Point } from '../geometry';
import { textWidth, wrapText } from '../text';
import { segmentBox, textBlock, type Box, type TextBlock } from './text';

export const WIDTH = 400;
/** Height of the map panel; the legend sits below it. */
export const MAP_HEIGHT = 410;
const EDGE = 14;
/** Where the Strip is fitted: the right-hand part, leaving the sea on the left for town names. */
const STRIP_BOX: [[number, number], [number, number]] = [
	[118, 24],
	[392, 400]
];
export const FONT = { region: 16, place: 15, label: 15, small: 14 };
/** Latitude on each stage's line where its label and annotation markers point. */
const TARGET_LAT: Record<Stage, number> = { before: 31.45, yellow: 31.37, second: 31.4, buffer: 31.43 };
const SCALE_KM = 5;
/** Town names sit at least this many line heights apart. */
const LINE_HEIGHT_PLACES = 1.35;

export interface PlaceMark {
	id: string;
	name: string;
	dot: Point;
	label: TextBlock;
	/** From the dot to the label, when the label sits away from it. */
	leader: [Point, Point];
}

export interface StageMark {
	id: Stage;
	/** The Israeli-held area: the Strip with the free part cut out (draw with fill-rule evenodd). */
	area: string;
	/** The line itself; empty for the stage before the ceasefire. */
	line: string;
	/** Share of the Strip inside the drawn area, 0–100 (a check on the sketch, not a reported figure). */
	drawnShare: number;
	/** Where the label and markers point: a point on the line (or in the area). */
	target: Point;
	label: TextBlock;
}

/** The map as the browser draws it. */
export interface MapLayout {
	width: number;
	height: number;
	mapHeight: number;
	strip: string;
	israel: string;
	egypt: string;
	stages: StageInfo[];
	marks: StageMark[];
	places: PlaceMark[];
	regions: (TextBlock & { id: 'sea' | 'israel' | 'egypt' })[];
	scaleBar: { x: number; y: number; length: number; label: TextBlock };
	north: { x: number; y: number; label: TextBlock };
	legends: Legend[];
}

/** What quote markers must keep off, worked out with the layout and used at build time only. */
export interface MapObstacles {
	/** Space taken by labels and marks. */
	taken: Box[];
	/** The Strip's sides in the drawing's units, north to south. */
	sides: { east: Point[]; west: Point[] };
}

type Geo = { outline: Outline; places: Place[]; lines: MapLine[] };

/** The Strip as the layout projects it, for drawings made at build time on the same map (the since view's band). */
export interface MapProjection {
	sides: StripSides;
	/** Where the Egyptian border meets the coast (held-area.ts). */
	borderTop: number;
	project: (p: LonLat) => Point;
}

/** A path through points in the drawing's units, simplified and rounded; closed unless `close` is false. */
export const pathOf = (points: Point[], close = true) =>
	points.length
		? `M${simplify(points)
				.map((p) => `${tenth(p.x)},${tenth(p.y)}`)
				.join('L')}${close ? 'Z' : ''}`
		: '';

/** How far a point is from the segment a–b. */
function distanceToSegment(p: Point, a: Point, b: Point): number {
	const [dx, dy] = [b.x - a.x, b.y - a.y];
	const t = dx || dy ? Math.min(1, Math.max(0, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy))) : 0;
	return Math.hypot(p.x - a.x - t * dx, p.y - a.y - t * dy);
}

/**
 * A polyline without the points that lie within `tolerance` units of the line through the points kept around them
 * (Ramer–Douglas–Peucker): the held areas walk the Strip in 220 m steps, and most of those samples add bytes,
 * not shape.
 */
export function simplify(points: Point[], tolerance = 0.1): Point[] {
	const keep = points.map((_, i) => i === 0 || i === points.length - 1);
	const spans: [number, number][] = [[0, points.length - 1]];
	while (spans.length) {
		const [from, to] = spans.pop()!;
		let farthest = -1;
		let distance = tolerance;
		for (let i = from + 1; i < to; i++) {
			const d = distanceToSegment(points[i], points[from], points[to]);
			if (d > distance) [farthest, distance] = [i, d];
		}
		if (farthest > 0) {
			keep[farthest] = true;
			spans.push([from, farthest], [farthest, to]);
		}
	}
	return points.filter((_, i) => keep[i]);
}

export function layoutMap({ outline, places, lines }: Geo): {
	layout: MapLayout;
	obstacles: MapObstacles;
	projection: MapProjection;
} {
	const gaza = outline.gaza as LonLat[];
	const projection = geoMercator().fitExtent(STRIP_BOX, { type: 'Polygon', coordinates: [gaza] });
	const project = ([lon, lat]: LonLat): Point => {
		const [x, y] = projection([lon, lat])!;
		return { x, y };
	};
	const sidesGeo = stripSides(gaza);
	const sides = { east: sidesGeo.east.map(project), west: sidesGeo.west.map(project) };
	const eastX = (y: number) => sideX(sides.east, y, 'east');
	const westX = (y: number) => sideX(sides.west, y, 'west');
	const borderTop = egyptBorderTop(sidesGeo, outline.egypt as LonLat[][]);
	const strip = pathOf(gaza.map(project));
	const taken: Box[] = [];

	// Region names and the map furniture, fixed in corners that the Strip leaves free.
	const north = { x: EDGE + 10, y: 20, label: textBlock(['N'], EDGE + 10, 62, FONT.small, 'middle') };
	const kmUnits = tenth(project([34.3 + SCALE_KM / kmPerDegLon(31.4), 31.4]).x - project([34.3, 31.4]).x);
	const scaleBar = {
		x: EDGE + 34,
		y: 52,
		length: kmUnits,
		label: textBlock([`${SCALE_KM} km`], EDGE + 34 + kmUnits / 2, 42, FONT.small, 'middle')
	};
	taken.push(north.label.box, { x: north.x - 8, y: north.y, width: 16, height: 26 }, scaleBar.label.box, {
		x: scaleBar.x,
		y: scaleBar.y - 5,
		width: kmUnits,
		height: 10
	});
	const israel = textBlock(['Israel'], WIDTH - EDGE, MAP_HEIGHT - 70, FONT.region, 'end');
	const egypt = textBlock(['Egypt'], EDGE, MAP_HEIGHT - 14, FONT.region, 'start');
	taken.push(israel.box, egypt.box);

	// Towns: a dot, and the name to the west of the Strip (in the sea or over Egypt), pushed apart if they would touch.
	const placeMarks = placeTowns(places, project, westX);
	for (const p of placeMarks) taken.push(p.label.box, circleBox(p.dot, 4), segmentBox(p.leader[0], p.leader[1]));

	const seaLines = ['Mediterranean', 'Sea'];
	const sea = freeSpot(
		taken,
		(y) => textBlock(seaLines, EDGE, y, FONT.region, 'start'),
		110,
		300,
		(b) => isWestOfStrip(b, westX)
	);
	taken.push(sea.box);

	const stages = stagesFrom(lines);
	const marks = stages.map((stage): StageMark => {
		const held = heldArea(sidesGeo, stage.depthKm, borderTop);
		const ring = (r: LonLat[]) => pathOf(r.map(project));
		const target = stageTarget(stage, held.line, sidesGeo, project);
		const label = stageLabel(stage, target, eastX, [israel.box]);
		return {
			id: stage.id,
			area: strip + held.free.map(ring).join(''),
			line: stage.hasLine ? held.line.map((l) => pathOf(l.map(project), false)).join('') : '',
			drawnShare: tenth(held.share),
			target: point(target.x, target.y),
			label
		};
	});

	const legends = stages.map((s) => legendFor(s, MAP_HEIGHT, EDGE));
	const height = Math.ceil(Math.max(...legends.map(legendBottom)) + EDGE);
	const layout: MapLayout = {
		width: WIDTH,
		height,
		mapHeight: MAP_HEIGHT,
		strip,
		israel: neighbourPath(outline.israel as LonLat[][], project),
		egypt: neighbourPath(outline.egypt as LonLat[][], project),
		stages: stages.map(({ depthKm: _, ...info }) => info),
		marks,
		places: placeMarks,
		regions: [
			{ ...sea, id: 'sea' },
			{ ...israel, id: 'israel' },
			{ ...egypt, id: 'egypt' }
		],
		scaleBar,
		north,
		legends
	};
	return { layout, obstacles: { taken, sides }, projection: { sides: sidesGeo, borderTop, project } };
}

function neighbourPath(rings: LonLat[][], project: (p: LonLat) => Point) {
	return rings.map((r) => pathOf(r.map(project))).join('');
}

function isWestOfStrip(box: Box, westX: (y: number) => number | null) {
	return [box.y, box.y + box.height / 2, box.y + box.height].every((y) => {
		const x = westX(y);
		return x === null || box.x + box.width + 6 <= x;
	});
}

/** The first label, scanning down from `from` to `to` in steps of 4, that fits the test and overlaps nothing taken. */
function freeSpot(
	taken: Box[],
	make: (y: number) => TextBlock,
	from: number,
	to: number,
	fits: (b: Box) => boolean
): TextBlock {
	for (let y = from; y <= to; y += 4) {
		const block = make(y);
		if (fits(block.box) && !taken.some((t) => overlaps(t, block.box, 4))) return block;
	}
	return make(from);
}

function placeTowns(places: Place[], project: (p: LonLat) => Point, westX: (y: number) => number | null): PlaceMark[] {
	const gap = FONT.place * LINE_HEIGHT_PLACES;
	const towns = places
		.map((p) => ({ id: p.id, name: p.name, dot: project([p.lon, p.lat]) }))
		.sort((a, b) => a.dot.y - b.dot.y);
	// Label baselines sit a third of the font below the dot; push each down from the one above if they would touch.
	const ys: number[] = [];
	towns.forEach((t, i) => ys.push(Math.max(t.dot.y + FONT.place / 3, i ? ys[i - 1] + gap : -Infinity)));
	return towns.map((t, i) => {
		const y = ys[i];
		const top = y - 0.8 * FONT.place;
		// The name ends west of the Strip's western side over the label's height.
		const coast = Math.min(...[top, y, y + 3, t.dot.y].map((yy) => westX(yy) ?? t.dot.x));
		const right = Math.min(coast - 8, t.dot.x - 10);
		const left = Math.max(EDGE, right - textWidth(t.name, FONT.place));
		const label = textBlock([t.name], left, y, FONT.place, 'start');
		const leaderY = y - FONT.place / 3;
		const dot = point(t.dot.x, t.dot.y);
		return { ...t, dot, label, leader: [dot, point(left + label.box.width + 3, leaderY)] };
	});
}

/**
 * A point on the stage's line at its target latitude (for the stage without a line: inside its area, by the boundary).
 */
function stageTarget(stage: StageInfo, line: LonLat[][], sides: StripSides, project: (p: LonLat) => Point): Point {
	const lat = TARGET_LAT[stage.id];
	if (!stage.hasLine) {
		const east = lonAt(sides.east, lat, 'east');
		return project([east - 2 / kmPerDegLon(lat), lat]);
	}
	// The line point nearest the target latitude, on the eastern (right-hand) edge of the free part.
	const points = line.flat();
	const best = points.reduce((a, b) =>
		Math.abs(b[1] - lat) < Math.abs(a[1] - lat) || (Math.abs(b[1] - lat) === Math.abs(a[1] - lat) && b[0] > a[0])
			? b
			: a
	);
	return project(best);
}

/** The stage's name in Israel, east of the Strip, below its target, clear of the region names. */
function stageLabel(stage: StageInfo, target: Point, eastX: (y: number) => number | null, avoid: Box[]): TextBlock {
	const text = stage.hasLine ? `${stage.name} (approximate)` : 'Israeli control or evacuation orders (sketch)';
	for (let y = target.y + 24; y < MAP_HEIGHT - 20; y += 4) {
		const top = y - 0.8 * FONT.label;
		const x = Math.max(...[top, y, y + 2 * FONT.label].map((yy) => eastX(yy) ?? 0)) + 14;
		const lines = wrapText(text, WIDTH - EDGE - x, FONT.label);
		if (lines.some((l) => textWidth(l, FONT.label) > WIDTH - EDGE - x)) continue;
		const block = textBlock(lines, x, y, FONT.label, 'start');
		if (block.box.y + block.box.height > MAP_HEIGHT - 4) break;
		const bottom = block.box.y + block.box.height;
		if (eastX(bottom) !== null && eastX(bottom)! + 10 > x) continue;
		if (!avoid.some((a) => overlaps(a, block.box, 6))) return block;
	}
	return textBlock(wrapText(text, 140, FONT.label), WIDTH - EDGE - 140, MAP_HEIGHT - 110, FONT.label, 'start');
}
