// Tests the real relations against what the plan's text and the reporting say of who guarantees, trains and excludes.
import { describe, expect, it } from 'vitest';
import { loadContentForTests } from './test-content';

const { relations } = loadContentForTests();
const of = (kind: string) => relations.filter((r) => r.kind === kind);

describe('the relations in data/', () => {
	it('has the US, Egypt, Qatar and Turkey guarantee the whole deal to both parties, citing no plan point', () => {
		// FACTS.md 3b: the four signed as guarantors on 13 October 2025; point 14's "regional partners" name no country.
		const pairs = of('guarantees').map((r) => `${r.from} > ${r.to}`);
		const guarantors = ['united-states', 'egypt', 'qatar', 'turkey'];
		expect(pairs.sort()).toEqual(guarantors.flatMap((g) => [`${g} > hamas`, `${g} > israel`]).sort());
		expect(of('guarantees').every((r) => r.points.length === 0)).toBe(true);
	});

	it('has Egypt and Jordan consulted on the police, the force alone training them (point 15)', () => {
		expect(of('consulted-on').map((r) => `${r.from} > ${r.to}`)).toEqual([
			'egypt > palestinian-police',
			'jordan > palestinian-police'
		]);
		expect(of('trains').map((r) => r.from)).toEqual(['isf']);
	});

	it("has Hamas's exclusion from governing as point 13's rule, not the Board's act", () => {
		expect(of('excludes').map((r) => ({ from: r.from, to: r.to, points: r.points }))).toEqual([
			{ from: 'plan-text', to: 'hamas', points: [13] }
		]);
	});
});
