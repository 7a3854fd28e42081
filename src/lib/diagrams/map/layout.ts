// The map's layout, once at build time in each format and edition: projection, the Strip and its neighbours,
// the Israeli-held area and line of each stage, town labels, scale bar and legend, in the edition's words.
import { geoMercator } from 'd3';
import type { MapLine, Outline, Place } from '$lib/content/types';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import { STAGE, type DiagramFormat } from '../format';
import { egyptBorderTop, heldArea, kmPerDegLon, stripSides, type LonLat, type StripSides } from './held-area';
import { legendBottom, legendFor, type Legend, type LegendRoom } from './legend';
import { lonAt, sideX } from './sides';
import { stagesFrom, type Stage, type StageInfo } from './stages';
import { circleBox, overlaps, point, rect, tenth, type Point } from '../geometry';
import { textWidth, wrapText } from '../text';
import { segmentBox, textBlock, type Box, type TextBlock } from './text';
import { DOT_R } from './marks';

export const WIDTH = 400;
/** Height of the map panel on a page; the legend sits below it. */
export const MAP_HEIGHT = 410;
export const FONT = { region: 16, place: 15, label: 15, small: 14 };
/** Latitude on each stage's line where its label and annotation markers point. */
const TARGET_LAT: Record<Stage, number> = { before: 31.45, yellow: 31.37, second: 31.4, buffer: 31.43 };
const SCALE_KM = 5;
/** Town names sit at least this many line heights apart. */
const LINE_HEIGHT_PLACES = 1.35;

/** How the map is laid out in one format. */
interface MapFormat {
	width: number;
	/** The map panel: the whole width on a page, with the legend below; the left part on the stage. */
	mapWidth: number;
	mapHeight: number;
	/** Room kept along the panel's sides. */
	edge: number;
	/** Where the Strip is fitted: the right-hand part, leaving the sea on the left for town names. */
	stripBox: [[number, number], [number, number]];
	font: typeof FONT;
	/** Lines, marks and the gaps around labels, as a multiple of the page's: in proportion to the type. */
	pen: number;
	/** The heights between which the sea's name is looked for, from the top. */
	sea: [number, number];
	/**
	 * Whether bold labels (a stage's name, the legend's title and figure) are measured as bold. The page's are measured
	 * as plain text, as they always have been, with room to spare; the stage's long labels reach its edges.
	 */
	boldMeasured: boolean;
	/** The legend's room: under the map, or beside it, in the middle of its height. */
	legend: Omit<LegendRoom, 'pen' | 'boldMeasured'> & { place: 'under' | 'beside' };
}

const FORMATS: Record<DiagramFormat, MapFormat> = {
	page: {
		width: WIDTH,
		mapWidth: WIDTH,
		mapHeight: MAP_HEIGHT,
		edge: 14,
		stripBox: [
			[118, 24],
			[392, 400]
		],
		font: FONT,
		pen: 1,
		sea: [110, 300],
		boldMeasured: false,
		legend: { place: 'under', x: 0, width: WIDTH, edge: 14, font: { main: 16, text: 15, small: 14 } }
	},
	// The 16:9 stage (format.ts): the Strip as tall as the room, the legend in a column on its right, every text at
	// least STAGE.minText.
	stage: {
		width: STAGE.width,
		mapWidth: 630,
		mapHeight: STAGE.height,
		edge: 20,
		stripBox: [
			[136, 28],
			[620, 708]
		],
		font: { region: 28, place: 26, label: 26, small: 24 },
		pen: 1.8,
		sea: [190, 540],
		boldMeasured: true,
		legend: { place: 'beside', x: 630, width: 470, edge: 16, font: { main: 30, text: 28, small: 26 } }
	}
};

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
	/** The map panel's width: the drawing's on a page; on the stage, the legend is beside it. */
	mapWidth: number;
	/** Lines and marks, as a multiple of the page's: broader on the stage, in proportion to its type. */
	pen: number;
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
	words: MapWords;
}

/** The words the drawing and its frame say of themselves, in the edition's language (the browser needs no message). */
export interface MapWords {
	/** The frame's title and caveat. */
	title: string;
	caveat: string;
	/** The drawing's own title at each stage, for assistive technology. */
	drawingTitles: Partial<Record<Stage, string>>;
	northArrow: string;
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

export function layoutMap(
	{ outline, places, lines }: Geo,
	format: DiagramFormat = 'page',
	locale: Locale = 'en'
): {
	layout: MapLayout;
	obstacles: MapObstacles;
	projection: MapProjection;
} {
	const f = FORMATS[format];
	const { edge, font, pen, mapWidth, mapHeight } = f;
	const gaza = outline.gaza as LonLat[];
	const projection = geoMercator().fitExtent(f.stripBox, { type: 'Polygon', coordinates: [gaza] });
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
	const [northX, northY] = [tenth(edge + 10 * pen), tenth(edge + 6 * pen)];
	const north = {
		x: northX,
		y: northY,
		label: textBlock([m.map_north({}, { locale })], northX, northY + 42 * pen, font.small, 'middle')
	};
	const kmUnits = tenth(project([34.3 + SCALE_KM / kmPerDegLon(31.4), 31.4]).x - project([34.3, 31.4]).x);
	const scaleX = tenth(edge + 34 * pen);
	const scaleBar = {
		x: scaleX,
		y: tenth(northY + 32 * pen),
		length: kmUnits,
		label: textBlock(
			[m.map_scale_km({ km: SCALE_KM }, { locale })],
			scaleX + kmUnits / 2,
			northY + 22 * pen,
			font.small,
			'middle'
		)
	};
	taken.push(
		north.label.box,
		rect(north.x - 8 * pen, north.y, 16 * pen, 26 * pen),
		scaleBar.label.box,
		rect(scaleBar.x, scaleBar.y - 5 * pen, kmUnits, 10 * pen)
	);
	const israel = textBlock([m.map_israel({}, { locale })], mapWidth - edge, mapHeight - 70 * pen, font.region, 'end');
	const egypt = textBlock([m.map_egypt({}, { locale })], edge, mapHeight - edge, font.region, 'start');
	taken.push(israel.box, egypt.box);

	// Towns: a dot, and the name to the west of the Strip (in the sea or over Egypt), pushed apart if they would touch.
	const placeMarks = placeTowns(places, project, westX, f);
	for (const p of placeMarks)
		taken.push(p.label.box, circleBox(p.dot, DOT_R * pen), segmentBox(p.leader[0], p.leader[1]));

	// A word a line: the sea's name fits the narrow sea west of the Strip.
	const seaLines = m.map_sea({}, { locale }).split(' ');
	const sea = freeSpot(
		taken,
		(y) => textBlock(seaLines, edge, y, font.region, 'start'),
		f.sea,
		pen,
		(b) => isWestOfStrip(b, westX, pen)
	);
	taken.push(sea.box);

	const stages = stagesFrom(lines, locale);
	const marks = stages.map((stage): StageMark => {
		const held = heldArea(sidesGeo, stage.depthKm, borderTop);
		const ring = (r: LonLat[]) => pathOf(r.map(project));
		const target = stageTarget(stage, held.line, sidesGeo, project);
		const label = stageLabel(stageText(stage, locale), target, eastX, [israel.box], f);
		return {
			id: stage.id,
			area: strip + held.free.map(ring).join(''),
			line: stage.hasLine ? held.line.map((l) => pathOf(l.map(project), false)).join('') : '',
			drawnShare: tenth(held.share),
			target: point(target.x, target.y),
			label
		};
	});

	const legends = layoutLegends(stages, f);
	const height = Math.ceil(Math.max(mapHeight, Math.max(...legends.map(legendBottom)) + edge));
	const layout: MapLayout = {
		width: f.width,
		height,
		mapHeight,
		mapWidth,
		pen,
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
		legends,
		words: {
			title: m.map_title({}, { locale }),
			caveat: m.map_caveat({}, { locale }),
			drawingTitles: Object.fromEntries(
				stages.map((s) => [s.id, m.map_drawing_title({ stage: s.name.toLowerCase() }, { locale })])
			),
			northArrow: m.map_north_arrow({}, { locale })
		}
	};
	return { layout, obstacles: { taken, sides }, projection: { sides: sidesGeo, borderTop, project } };
}

/** Each stage's legend: under the map, or beside it with the tallest of them in the middle of the map's height. */
function layoutLegends(stages: StageInfo[], f: MapFormat): Legend[] {
	const { place, ...room } = f.legend;
	const legendRoom = { ...room, pen: f.pen, boldMeasured: f.boldMeasured };
	const at = (top: number) => stages.map((s) => legendFor(s, top, legendRoom));
	if (place === 'under') return at(f.mapHeight);
	// The swatch and title begin 14 (in the page's measure) below a legend's top: that much less is centred.
	const lead = 14 * f.pen;
	const tallest = Math.max(...at(0).map(legendBottom)) - lead;
	return at(tenth((f.mapHeight - tallest) / 2 - lead));
}

function neighbourPath(rings: LonLat[][], project: (p: LonLat) => Point) {
	return rings.map((r) => pathOf(r.map(project))).join('');
}

function isWestOfStrip(box: Box, westX: (y: number) => number | null, pen: number) {
	return [box.y, box.y + box.height / 2, box.y + box.height].every((y) => {
		const x = westX(y);
		return x === null || box.x + box.width + 6 * pen <= x;
	});
}

/** The first label, scanning down between two heights in steps of 4 × pen, that fits the test and touches nothing. */
function freeSpot(
	taken: Box[],
	make: (y: number) => TextBlock,
	[from, to]: [number, number],
	pen: number,
	fits: (b: Box) => boolean
): TextBlock {
	for (let y = from; y <= to; y += 4 * pen) {
		const block = make(y);
		if (fits(block.box) && !taken.some((t) => overlaps(t, block.box, 4 * pen))) return block;
	}
	return make(from);
}

function placeTowns(
	places: Place[],
	project: (p: LonLat) => Point,
	westX: (y: number) => number | null,
	{ font, pen, edge }: MapFormat
): PlaceMark[] {
	const gap = font.place * LINE_HEIGHT_PLACES;
	const towns = places
		.map((p) => ({ id: p.id, name: p.name, dot: project([p.lon, p.lat]) }))
		.sort((a, b) => a.dot.y - b.dot.y);
	// Label baselines sit a third of the font below the dot; push each down from the one above if they would touch.
	const ys: number[] = [];
	towns.forEach((t, i) => ys.push(Math.max(t.dot.y + font.place / 3, i ? ys[i - 1] + gap : -Infinity)));
	return towns.map((t, i) => {
		const y = ys[i];
		const top = y - 0.8 * font.place;
		// The name ends west of the Strip's western side over the label's height.
		const coast = Math.min(...[top, y, y + 3 * pen, t.dot.y].map((yy) => westX(yy) ?? t.dot.x));
		const right = Math.min(coast - 8 * pen, t.dot.x - 10 * pen);
		const left = Math.max(edge, right - textWidth(t.name, font.place));
		const label = textBlock([t.name], left, y, font.place, 'start');
		const leaderY = y - font.place / 3;
		const dot = point(t.dot.x, t.dot.y);
		return { ...t, dot, label, leader: [dot, point(left + label.box.width + 3 * pen, leaderY)] };
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

/** What the map writes by a stage: its line's name, or what the stage before the ceasefire sketches. */
const stageText = (stage: StageInfo, locale: Locale) =>
	stage.hasLine ? m.map_stage_approximate({ line: stage.name }, { locale }) : m.map_before_sketch({}, { locale });

/** The stage's label in Israel, east of the Strip, below its target, clear of the region names. */
function stageLabel(
	text: string,
	target: Point,
	eastX: (y: number) => number | null,
	avoid: Box[],
	{ font, pen, edge, mapWidth, mapHeight, boldMeasured: bold }: MapFormat
): TextBlock {
	const right = mapWidth - edge;
	for (let y = target.y + 24 * pen; y < mapHeight - 20 * pen; y += 4 * pen) {
		const top = y - 0.8 * font.label;
		const x = Math.max(...[top, y, y + 2 * font.label].map((yy) => eastX(yy) ?? 0)) + 14 * pen;
		const lines = wrapText(text, right - x, font.label, bold);
		if (lines.some((l) => textWidth(l, font.label, bold) > right - x)) continue;
		const block = textBlock(lines, x, y, font.label, 'start', bold);
		if (block.box.y + block.box.height > mapHeight - 4 * pen) break;
		const bottom = block.box.y + block.box.height;
		if (eastX(bottom) !== null && eastX(bottom)! + 10 * pen > x) continue;
		if (!avoid.some((a) => overlaps(a, block.box, 6 * pen))) return block;
	}
	const fallback = 140 * pen;
	return textBlock(
		wrapText(text, fallback, font.label, bold),
		right - fallback,
		mapHeight - 110 * pen,
		font.label,
		'start',
		bold
	);
}
