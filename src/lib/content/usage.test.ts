import { describe, expect, it } from 'vitest';
import type { Figure, Phase, Quote } from './types';
import { quoteUses } from './usage';

const quote = (id: string) => ({ id }) as Quote;
const phase = (id: string, title: string, quotes: string[], annotated: string[]) =>
	({
		id,
		title,
		quotes: quotes.map((q) => ({ quote: q, annotates: '' })),
		diagrams: [{ kind: 'map', stage: 'yellow', annotations: annotated.map((q) => ({ quote: q, anchor: 'yellow' })) }]
	}) as unknown as Phase;

describe('quoteUses', () => {
	const uses = quoteUses({
		quotes: [quote('a'), quote('b'), quote('unused')],
		phases: [phase('one', 'One', ['a'], []), phase('two', 'Two', ['a'], ['b'])],
		figures: [{ id: 'f', label: 'Killed', values: [{ value: 1, source: 's', quote: 'b' }] } as Figure]
	});
	it('lists every phase and diagram that shows a quote, in order', () => {
		expect(uses.a).toEqual([
			{ label: 'Phase 1: One', href: '/phase/one' },
			{ label: 'Phase 2: Two', href: '/phase/two' }
		]);
		expect(uses.b).toEqual([
			{ label: 'Phase 2, map', href: '/phase/two' },
			{ label: 'Figure: Killed', href: '/sources#figure-f' }
		]);
	});
	it('keeps quotes that nothing uses, with no uses', () => expect(uses.unused).toEqual([]));
});
