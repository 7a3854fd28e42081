// Tests the layouts the content carries to the page: plain data, coordinates to a tenth, the layout functions' results.
import { describe, expect, it } from 'vitest';
import { loadContentForTests } from '$lib/content/test-content';
import { exchangeCounts } from './exchange/describe';
import { layoutExchange } from './exchange/layout';
import { legendSources } from './figures/describe';
import { figureRows, layoutFigures } from './figures/layout';
import { layoutGovernance } from './governance/layout';
import { mapBase } from './map/layout';
import { markersByPhase } from './map/markers';
import { orderDisputes } from './sequence/disputes';
import { layoutSequence } from './sequence/layout';

const content = loadContentForTests();
const NUMBER = /-?\d*\.?\d+(?:e[-+]?\d+)?/g;
const isPath = (s: string) => /^M[-+\d.,\seMLHVCSQTAZ]*$/.test(s);

/** Every number in a layout, with the key it sits under; path strings give theirs too. */
function numbers(value: unknown, key = ''): { key: string; n: number }[] {
	if (typeof value === 'number') return [{ key, n: value }];
	if (typeof value === 'string')
		return isPath(value) ? (value.match(NUMBER) ?? []).map((n) => ({ key, n: Number(n) })) : [];
	if (Array.isArray(value)) return value.flatMap((v) => numbers(v, key));
	if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => numbers(v, k));
	return [];
}
/** The layout with its numbers taken out: what must match exactly. */
const shape = (value: unknown) =>
	JSON.stringify(value, (_, v) =>
		typeof v === 'number' ? 0 : typeof v === 'string' && isPath(v) ? v.replace(NUMBER, '0') : v
	);

describe('content.layouts', () => {
	it('is plain data (no functions, class instances or d3 objects): it survives a JSON round trip unchanged', () => {
		expect(JSON.parse(JSON.stringify(content.layouts))).toStrictEqual(content.layouts);
	});

	it('keeps SVG coordinates to a tenth of a unit, in numbers and in paths, and the data’s own values as they are', () => {
		const all = numbers(content.layouts);
		const coordinates = all.filter((x) => x.key !== 'value' && x.key !== 'domain');
		expect(coordinates.length).toBeGreaterThan(1000);
		for (const { key, n } of coordinates)
			expect(Math.abs(n * 10 - Math.round(n * 10)), `${key}: ${n}`).toBeLessThan(1e-6);
		expect(all.filter((x) => x.key === 'value').map((x) => x.n)).toContain(67139);
	});

	const names = Object.fromEntries(content.actors.map((a) => [a.id, a.name]));
	const cases = [
		{ input: 'sequence', expected: () => layoutSequence(content.phases, orderDisputes(content)) },
		{ input: 'exchange', expected: () => layoutExchange(exchangeCounts(content.figureById)) },
		{
			input: 'map',
			expected: () => ({ ...mapBase(content), markers: markersByPhase(mapBase(content), content.phases) })
		},
		{ input: 'governance', expected: () => layoutGovernance(content.relations, names) },
		{
			input: 'figures',
			expected: () =>
				layoutFigures({
					figures: content.figureById,
					rows: figureRows(content),
					sources: legendSources(content.sources)
				})
		}
	] as const;
	it.each(cases)('holds the $input layout, each number within a twentieth of the function’s', ({ input, expected }) => {
		const [ours, theirs] = [content.layouts[input], expected()];
		expect(shape(ours)).toBe(shape(theirs));
		const [a, b] = [numbers(ours), numbers(theirs)];
		a.forEach((x, i) =>
			expect(Math.abs(x.n - b[i].n), `${x.key}: ${x.n} against ${b[i].n}`).toBeLessThanOrEqual(0.05 + 1e-9)
		);
	});
});
