// Every diagram's layout, worked out once from the content at build time and shipped as plain data, so no d3 reaches the browser.
import type { Content, DiagramLayouts } from '$lib/content/types';
import { exchangeCounts } from './exchange/describe';
import { layoutExchange } from './exchange/layout';
import { legendSources } from './figures/describe';
import { figureRows, layoutFigures } from './figures/layout';
import { layoutGovernance } from './governance/layout';
import { mapBase } from './map/layout';
import { markersByPhase } from './map/markers';
import { orderDisputes } from './sequence/disputes';
import { layoutSequence } from './sequence/layout';

export function diagramLayouts(content: Omit<Content, 'layouts'>): DiagramLayouts {
	const names = Object.fromEntries(content.actors.map((a) => [a.id, a.name]));
	const map = mapBase(content);
	return lean({
		sequence: layoutSequence(content.phases, orderDisputes(content)),
		exchange: layoutExchange(exchangeCounts(content.figureById)),
		map: { ...map, markers: markersByPhase(map, content.phases) },
		governance: layoutGovernance(content.relations, names),
		figures: layoutFigures({
			figures: content.figureById,
			rows: figureRows(content),
			sources: legendSources(content.sources)
		})
	});
}

/** Numbers the content states itself (a figure's or a share's value, a scale's domain), kept as they are. */
const DATA_KEYS = new Set(['value', 'domain']);
/** An SVG path: a move, then only commands and numbers. */
const PATH = /^M[-+\d.,\seMLHVCSQTAZ]*$/;
const NUMBER = /-?\d*\.?\d+(?:e[-+]?\d+)?/g;
const tenth = (n: number) => Math.round(n * 10) / 10 + 0; // + 0 turns -0 into 0

/**
 * The layout as lean data: SVG coordinates, in numbers and in path strings, to a tenth of a unit (finer than a pixel at
 * any width the drawings are shown). An object met twice stays one object, so the page data still holds it once.
 */
function lean<T>(value: T, key = '', seen = new Map<object, unknown>()): T {
	if (typeof value === 'number') return (DATA_KEYS.has(key) ? value : tenth(value)) as T;
	if (typeof value === 'string')
		return (PATH.test(value) ? value.replace(NUMBER, (n) => String(tenth(Number(n)))) : value) as T;
	if (value === null || typeof value !== 'object') return value;
	if (seen.has(value)) return seen.get(value) as T;
	const out: unknown = Array.isArray(value)
		? value.map((v) => lean(v, key, seen))
		: Object.fromEntries(Object.entries(value).map(([k, v]) => [k, lean(v, k, seen)]));
	seen.set(value, out);
	return out as T;
}
