// Geometry in longitude/latitude: the part of the Strip on the Israeli side of a schematic line drawn a given depth
// west of the eastern boundary.
import { polygonArea, polygonContains } from 'd3';
import { EPS, lonAt } from './sides';

export type LonLat = [number, number];
/** [lat, km] pairs, north to south: how far west of the eastern boundary the line runs. */
export type DepthProfile = [number, number][];

const KM_PER_DEG_LAT = 111.32;
/** Latitude step when walking the Strip from north to south (about 220 m). */
const STEP_DEG = 0.002;

export const kmPerDegLon = (lat: number) => KM_PER_DEG_LAT * Math.cos((lat * Math.PI) / 180);

/**
 * The outline cut at its northern and southern tips: the eastern side north to south, the western side south to north.
 */
export interface StripSides {
	east: LonLat[];
	west: LonLat[];
	north: number;
	south: number;
}

export function stripSides(ring: LonLat[]): StripSides {
	const open = sameLonLat(ring[0], ring[ring.length - 1]) ? ring.slice(0, -1) : ring.slice();
	const iNorth = open.reduce((best, p, i) => (p[1] > open[best][1] ? i : best), 0);
	const iSouth = open.reduce((best, p, i) => (p[1] < open[best][1] ? i : best), 0);
	const walk = (from: number, to: number) => {
		const out: LonLat[] = [];
		for (let i = from; ; i = (i + 1) % open.length) {
			out.push(open[i]);
			if (i === to) return out;
		}
	};
	const northToSouth = walk(iNorth, iSouth);
	const southToNorth = walk(iSouth, iNorth);
	const meanLon = (chain: LonLat[]) => chain.reduce((s, p) => s + p[0], 0) / chain.length;
	const clockwise = meanLon(northToSouth) > meanLon(southToNorth);
	return {
		east: clockwise ? northToSouth : southToNorth.slice().reverse(),
		west: clockwise ? southToNorth : northToSouth.slice().reverse(),
		north: open[iNorth][1],
		south: open[iSouth][1]
	};
}

/** The depth at a latitude, interpolated between the profile's points and held constant beyond its ends. */
export function depthAt(profile: DepthProfile, lat: number): number {
	const sorted = [...profile].sort((a, b) => b[0] - a[0]);
	if (lat >= sorted[0][0]) return sorted[0][1];
	for (let i = 0; i < sorted.length - 1; i++) {
		const [[lat0, km0], [lat1, km1]] = [sorted[i], sorted[i + 1]];
		if (lat <= lat0 && lat >= lat1) return lat0 === lat1 ? km1 : km0 + ((lat0 - lat) / (lat0 - lat1)) * (km1 - km0);
	}
	return sorted[sorted.length - 1][1];
}

export interface HeldArea {
	/** The part of the Strip left on the Palestinian side: zero or more rings inside the outline. */
	free: LonLat[][];
	/** The line itself, as polylines: the edge of the free part, leaving out where it follows the coast. */
	line: LonLat[][];
	/** Share of the Strip on the Israeli side, 0–100, measured on the drawing. */
	share: number;
}

interface Sample {
	lat: number;
	left: number;
	right: number;
	/** The free part's western edge is the coast here (no band along the Egyptian border). */
	coast: boolean;
}

/**
 * The Israeli-held part of the Strip for a depth profile: a band west of the eastern boundary, plus a band as wide as
 * the profile's southernmost depth along the Egyptian border (the western side south of `egyptBorderTop`).
 * Walks the Strip north to south; at each latitude the free part is the interval between the two bands.
 */
export function heldArea(sides: StripSides, profile: DepthProfile, egyptBorderTop: number): HeldArea {
	const southBand = [...profile].sort((a, b) => a[0] - b[0])[0][1];
	const lats = new Set<number>([
		...sides.east.map((p) => p[1]),
		...sides.west.map((p) => p[1]),
		...profile.map(([lat]) => lat)
	]);
	for (let i = 1; sides.north - i * STEP_DEG > sides.south; i++) lats.add(sides.north - i * STEP_DEG);
	// Rounded so that a vertex and a step that differ only by floating-point noise become one sample.
	const ordered = [...new Set([...lats].map((lat) => Math.round(lat * 1e9) / 1e9))]
		.filter((lat) => lat <= sides.north && lat >= sides.south)
		.sort((a, b) => b - a);

	const sampleAt = (lat: number, alongEgypt: boolean): Sample => {
		const west = lonAt(sides.west, lat, 'west');
		const east = lonAt(sides.east, lat, 'east');
		const perDeg = kmPerDegLon(lat);
		return {
			lat,
			left: alongEgypt ? west + southBand / perDeg : west,
			right: east - depthAt(profile, lat) / perDeg,
			coast: !alongEgypt
		};
	};
	const samples: Sample[] = [];
	for (const lat of ordered) {
		if (Math.abs(lat - egyptBorderTop) < EPS && lat > sides.south)
			samples.push(sampleAt(lat, false), sampleAt(lat, true));
		else samples.push(sampleAt(lat, lat < egyptBorderTop));
	}

	const free: LonLat[][] = [];
	const line: LonLat[][] = [];
	let run: Sample[] = [];
	const atTip = (lat: number) => Math.abs(lat - sides.north) < EPS || Math.abs(lat - sides.south) < EPS;
	const closeRun = (next: Sample | undefined) => {
		if (!run.length) return;
		const ring = runRing(run, samples[samples.indexOf(run[0]) - 1], next, atTip);
		free.push(ring.points);
		line.push(...ring.lines);
		run = [];
	};
	for (const s of samples) {
		if (s.right - s.left > EPS) run.push(s);
		else closeRun(s);
	}
	closeRun(undefined);

	const area = (ring: LonLat[]) =>
		Math.abs(polygonArea(ring.map(([lon, lat]) => [lon * kmPerDegLon(lat), lat * KM_PER_DEG_LAT])));
	const outline = [...sides.east, ...sides.west.slice(1)];
	const whole = area(outline);
	const freeArea = free.reduce((sum, ring) => sum + area(ring), 0);
	return { free, line, share: (100 * (whole - freeArea)) / whole };
}

/** One free part: its ring, and the polylines of the line around it (edges along the coast left out). */
function runRing(
	run: Sample[],
	before: Sample | undefined,
	after: Sample | undefined,
	atTip: (lat: number) => boolean
) {
	type Point = { p: LonLat; coast: boolean };
	const tip = (inside: Sample, outside: Sample | undefined): Point | null => {
		if (!outside) return null;
		// Where the interval closes between the two samples.
		const [gapIn, gapOut] = [inside.right - inside.left, outside.right - outside.left];
		const t = gapIn / (gapIn - gapOut);
		const lat = inside.lat + t * (outside.lat - inside.lat);
		const lon = inside.left + t * (outside.left - inside.left);
		return { p: [lon, lat], coast: inside.coast && outside.coast };
	};
	const top = tip(run[0], before);
	const bottom = tip(run[run.length - 1], after);
	const points: Point[] = [
		...(top ? [top] : []),
		// Where the free part reaches the outline's northern or southern edge, that edge is the outline, not the line.
		...run.map((s) => ({ p: [s.right, s.lat] as LonLat, coast: atTip(s.lat) })),
		...(bottom ? [bottom] : []),
		...run
			.slice()
			.reverse()
			.map((s) => ({ p: [s.left, s.lat] as LonLat, coast: s.coast }))
	];
	const lines: LonLat[][] = [];
	let current: LonLat[] = [];
	const closed = [...points, points[0]];
	for (let i = 0; i < closed.length - 1; i++) {
		const [a, b] = [closed[i], closed[i + 1]];
		if (a.coast && b.coast) {
			if (current.length > 1) lines.push(current);
			current = [];
			continue;
		}
		if (!current.length) current.push(a.p);
		current.push(b.p);
	}
	if (current.length > 1) lines.push(current);
	return { points: closed.map((pt) => pt.p), lines: joinLines(lines) };
}

/** Joins polylines where one ends where the next starts (the walk may start in the middle of the line). */
function joinLines(lines: LonLat[][]): LonLat[][] {
	if (lines.length < 2) return lines;
	const last = lines[lines.length - 1];
	if (sameLonLat(last[last.length - 1], lines[0][0])) return [[...last, ...lines[0].slice(1)], ...lines.slice(1, -1)];
	return lines;
}

function sameLonLat(a: LonLat, b: LonLat) {
	return Math.abs(a[0] - b[0]) < EPS && Math.abs(a[1] - b[1]) < EPS;
}

/** The highest point of the western side that Egypt shares: where the Egyptian border meets the coast. */
export function egyptBorderTop(sides: StripSides, egypt: LonLat[][]): number {
	const onEgypt = sides.west.filter((p) => egypt.some((ring) => ring.some((q) => sameLonLat(p, q))));
	return onEgypt.length ? Math.max(...onEgypt.map((p) => p[1])) : sides.south;
}

/** Whether a point of the Strip is on the Israeli side of the line (outside every free part). */
export function isHeld(area: HeldArea, point: LonLat): boolean {
	return !area.free.some((ring) => polygonContains(ring, point));
}
