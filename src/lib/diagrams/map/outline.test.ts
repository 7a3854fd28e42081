// Checks the geography derived by scripts/derive-geography.mjs (npm run geo) and the town positions.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { geoArea, geoContains } from 'd3';
import { describe, expect, it } from 'vitest';
import { OutlineSchema, PlaceSchema } from '$lib/content/schema';

const geo = join(import.meta.dirname, '../../../../data/geo');
const outline = OutlineSchema.parse(JSON.parse(readFileSync(join(geo, 'outline.json'), 'utf8')));
const places = PlaceSchema.array().parse(JSON.parse(readFileSync(join(geo, 'places.json'), 'utf8')));
const EARTH_RADIUS_KM = 6371;
const gaza = { type: 'Polygon' as const, coordinates: [outline.gaza] };

describe('data/geo/outline.json', () => {
	it('has the Gaza ring from Natural Earth 10m: at least 20 vertices, closed', () => {
		// The 10m outline has 27 vertices (26 corners plus the closing repeat of the first).
		expect(outline.gaza.length).toBeGreaterThanOrEqual(20);
		expect(outline.gaza[0]).toEqual(outline.gaza[outline.gaza.length - 1]);
	});

	it('keeps only the Gaza part of Palestine: every longitude is west of 34.6°E', () => {
		expect(outline.gaza.every(([lon]) => lon < 34.6)).toBe(true);
	});

	it('encloses 300–380 km² (Natural Earth gives about 334; the official figure is 365)', () => {
		// geoArea is in steradians for a clockwise ring; a ring wound the wrong way would give nearly the whole sphere.
		const km2 = geoArea(gaza) * EARTH_RADIUS_KM ** 2;
		expect(km2).toBeGreaterThan(300);
		expect(km2).toBeLessThan(380);
	});

	it('clips Israel and Egypt to the frame around Gaza (lon 34.0–34.9, lat 30.9–31.85), as closed rings', () => {
		for (const ring of [...outline.israel, ...outline.egypt]) {
			expect(ring[0]).toEqual(ring[ring.length - 1]);
			for (const [lon, lat] of ring) {
				expect(lon).toBeGreaterThanOrEqual(34);
				expect(lon).toBeLessThanOrEqual(34.9);
				expect(lat).toBeGreaterThanOrEqual(30.9);
				expect(lat).toBeLessThanOrEqual(31.85);
			}
		}
		expect(outline.israel.length).toBeGreaterThan(0);
		expect(outline.egypt.length).toBeGreaterThan(0);
	});

	it('rounds coordinates to 5 decimals', () => {
		const all = [outline.gaza, ...outline.israel, ...outline.egypt].flat(2);
		expect(all.every((v) => Math.abs(v * 1e5 - Math.round(v * 1e5)) < 1e-6)).toBe(true);
	});
});

describe('data/geo/places.json', () => {
	const cases = [
		{ id: 'beit-hanoun', name: 'Beit Hanoun' },
		{ id: 'gaza-city', name: 'Gaza City' },
		{ id: 'deir-al-balah', name: 'Deir al-Balah' },
		{ id: 'khan-younis', name: 'Khan Younis' },
		{ id: 'rafah', name: 'Rafah' }
	];
	it.each(cases)('$name lies inside the Strip outline', ({ id, name }) => {
		const place = places.find((p) => p.id === id);
		expect(place?.name).toBe(name);
		expect(geoContains(gaza, [place!.lon, place!.lat])).toBe(true);
	});
});
