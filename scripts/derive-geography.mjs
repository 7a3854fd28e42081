// Derives data/geo/outline.json from Natural Earth 10m (npm world-atlas): the Gaza Strip, plus Israel and Egypt
// clipped to the map's frame.
// Usage: npm run geo
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { feature } from 'topojson-client';
import { geoArea } from 'd3';

const require = createRequire(import.meta.url);
const atlasPath = require.resolve('world-atlas/countries-10m.json');
const outPath = fileURLToPath(new URL('../data/geo/outline.json', import.meta.url));

/** The map's frame around Gaza, in degrees: the neighbours are clipped to it. */
const frame = { west: 34.0, east: 34.9, south: 30.9, north: 31.85 };
/** Gaza is the Palestine part that lies wholly west of this longitude (the West Bank lies east of 34.8). */
const gazaMaxLon = 34.6;
const EARTH_RADIUS_KM = 6371;

/** @typedef {[number, number]} Position */

/** @param {number} v */
const round5 = (v) => Math.round(v * 1e5) / 1e5;
/** @param {Position[]} ring @returns {Position[]} */
const roundRing = (ring) => ring.map(([lon, lat]) => /** @type {Position} */ ([round5(lon), round5(lat)]));

/**
 * Outer rings of a Polygon or MultiPolygon (holes dropped: none of the three countries has one in the frame).
 * @param {{ type: string, coordinates: any }} geometry
 * @returns {Position[][]}
 */
function outerRings(geometry) {
	if (geometry.type === 'Polygon') return [geometry.coordinates[0]];
	if (geometry.type === 'MultiPolygon') return geometry.coordinates.map((/** @type {Position[][]} */ p) => p[0]);
	throw new Error(`unexpected geometry ${geometry.type}`);
}

/**
 * Clips a closed ring to the frame (Sutherland–Hodgman, one edge of the rectangle at a time, in plain lon/lat).
 * Returns a closed ring, or null when nothing of it is inside.
 * @param {Position[]} ring
 * @returns {Position[] | null}
 */
function clipRing(ring) {
	/** @type {Array<[(p: Position) => boolean, (a: Position, b: Position) => Position]>} */
	const edges = [
		[(p) => p[0] >= frame.west, (a, b) => atLon(a, b, frame.west)],
		[(p) => p[0] <= frame.east, (a, b) => atLon(a, b, frame.east)],
		[(p) => p[1] >= frame.south, (a, b) => atLat(a, b, frame.south)],
		[(p) => p[1] <= frame.north, (a, b) => atLat(a, b, frame.north)]
	];
	let points = ring.slice(0, -1); // open the ring
	for (const [inside, cross] of edges) {
		const input = points;
		points = [];
		for (let i = 0; i < input.length; i++) {
			const current = input[i];
			const previous = input[(i + input.length - 1) % input.length];
			if (inside(current)) {
				if (!inside(previous)) points.push(cross(previous, current));
				points.push(current);
			} else if (inside(previous)) points.push(cross(previous, current));
		}
		if (points.length === 0) return null;
	}
	if (points.length < 3) return null;
	return [...points, points[0]];
}

/** @param {Position} a @param {Position} b @param {number} lon @returns {Position} */
function atLon(a, b, lon) {
	const t = (lon - a[0]) / (b[0] - a[0]);
	return [lon, a[1] + t * (b[1] - a[1])];
}
/** @param {Position} a @param {Position} b @param {number} lat @returns {Position} */
function atLat(a, b, lat) {
	const t = (lat - a[1]) / (b[1] - a[1]);
	return [a[0] + t * (b[0] - a[0]), lat];
}

/** @param {Position[]} ring */
const areaKm2 = (ring) => geoArea({ type: 'Polygon', coordinates: [ring] }) * EARTH_RADIUS_KM ** 2;

const topology = JSON.parse(readFileSync(atlasPath, 'utf8'));
const { features } = /** @type {any} */ (feature(topology, topology.objects.countries));
/** @param {string} id */
const country = (id) => {
	const found = features.find((/** @type {any} */ f) => f.id === id);
	if (!found) throw new Error(`country ${id} not found in ${atlasPath}`);
	return found;
};

const gazaRings = outerRings(country('275').geometry).filter((ring) => ring.every(([lon]) => lon < gazaMaxLon));
if (gazaRings.length !== 1)
	throw new Error(`expected one Palestine part west of ${gazaMaxLon}°E, found ${gazaRings.length}`);
const gaza = roundRing(gazaRings[0]);

/** @param {string} id */
const clippedNeighbour = (id) =>
	outerRings(country(id).geometry)
		.map(clipRing)
		.filter((ring) => ring !== null)
		.map(roundRing);
const israel = clippedNeighbour('376');
const egypt = clippedNeighbour('818');

const outline = {
	source:
		'Natural Earth 1:10m Admin-0 countries v4.1.0 via npm world-atlas@2.0.2 (countries-10m.json): ' +
		'Palestine (id 275), the part west of 34.6°E (Gaza); Israel (376) and Egypt (818) clipped to lon 34.0–34.9, ' +
		'lat 30.9–31.85. Derived by scripts/derive-geography.mjs.',
	license: 'Natural Earth data: public domain; world-atlas packaging: ISC',
	gaza,
	israel,
	egypt
};

mkdirSync(fileURLToPath(new URL('../data/geo/', import.meta.url)), { recursive: true });
writeFileSync(outPath, JSON.stringify(outline, null, '\t') + '\n');

const lons = gaza.map(([lon]) => lon);
const lats = gaza.map(([, lat]) => lat);
const count = (/** @type {Position[][]} */ rings) =>
	`${rings.length} ring(s), ${rings.reduce((n, r) => n + r.length, 0)} vertices`;
console.log(`wrote ${outPath}`);
console.log(
	`  Gaza:   ${gaza.length} vertices (ring closed), area ${areaKm2(gaza).toFixed(1)} km² (official figure 365 km²)`
);
console.log(`          lon ${Math.min(...lons)}–${Math.max(...lons)}, lat ${Math.min(...lats)}–${Math.max(...lats)}`);
console.log(`  Israel: ${count(israel)}`);
console.log(`  Egypt:  ${count(egypt)}`);
