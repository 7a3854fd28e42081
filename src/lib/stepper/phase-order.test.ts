import { describe, expect, it } from 'vitest';
import { phasePosition } from './phase-order';

const phases = [
	{ id: 'one', title: 'One' },
	{ id: 'two', title: 'Two' },
	{ id: 'three', title: 'Three' }
];

describe('phasePosition', () => {
	const cases = [
		{ id: 'one', index: 0, previous: null, next: '/phase/two' }, // nothing before the first
		{ id: 'two', index: 1, previous: '/phase/one', next: '/phase/three' },
		{ id: 'three', index: 2, previous: '/phase/two', next: null } // nothing after the last
	];
	it.each(cases)('$id is at $index', ({ id, index, previous, next }) => {
		const position = phasePosition(phases, id);
		expect(position.index).toBe(index);
		expect(position.count).toBe(3);
		expect(position.previous?.href ?? null).toBe(previous);
		expect(position.next?.href ?? null).toBe(next);
	});
	it('refuses an unknown phase', () => {
		expect(() => phasePosition(phases, 'four')).toThrow(/Unknown phase "four"/);
	});
});
