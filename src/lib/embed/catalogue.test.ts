import { describe, expect, it } from 'vitest';
import { diagramKinds } from '$lib/content/schema';
import { embedCatalogue, embedDiagramKinds, embedPath, embedPaths, frameTitle, isDiagramKind } from './catalogue';

const phases = [
	{ id: 'first', title: 'First', diagrams: [{ kind: 'sequence' }, { kind: 'figures' }] },
	{ id: 'second', title: 'Second', diagrams: [{ kind: 'map' }, { kind: 'sequence' }] },
	{ id: 'third', title: 'Third', diagrams: [{ kind: 'map' }] }
];

describe('the embed catalogue', () => {
	it('knows the same diagram kinds as the content schema', () => {
		expect([...embedDiagramKinds]).toEqual([...diagramKinds]);
		expect(isDiagramKind('map')).toBe(true);
		expect(['stepper', 'Map', '', 'constructor'].map(isDiagramKind)).toEqual([false, false, false, false]);
	});

	it('lists the stepper with every phase, then each diagram with the phases that show it', () => {
		const views = embedCatalogue(phases);
		expect(views.map((v) => [v.kind, v.phases.map((p) => `${p.n}:${p.id}`)])).toEqual([
			['stepper', ['1:first', '2:second', '3:third']],
			['sequence', ['1:first', '2:second']],
			['map', ['2:second', '3:third']],
			['figures', ['1:first']]
		]);
		expect(views.every((v) => v.phaseCount === 3)).toBe(true);
	});

	const paths = [
		{ kind: 'stepper', phase: undefined, expected: '/embed/stepper' },
		{ kind: 'stepper', phase: 'second', expected: '/embed/stepper/second' },
		{ kind: 'map', phase: 'third', expected: '/embed/map/third' }
	] as const;
	it.each(paths)('$kind in $phase is at $expected', ({ kind, phase, expected }) => {
		expect(embedPath(kind, phase)).toBe(expected);
	});

	it('prerenders each view without a phase and with each of its phases', () => {
		expect(embedPaths(embedCatalogue(phases).slice(2, 3))).toEqual([
			'/embed/map',
			'/embed/map/second',
			'/embed/map/third'
		]);
	});

	it('titles the iframe with the view, the phase and the explainer', () => {
		const map = embedCatalogue(phases)[2];
		expect(frameTitle(map, 'third')).toBe(
			'The withdrawal lines on the map, Phase 3 of 3: Third (The Gaza peace plan, step by step)'
		);
		expect(frameTitle(map, 'nope', 'Withdrawal lines')).toBe(
			'Withdrawal lines, Phase 2 of 3: Second (The Gaza peace plan, step by step)'
		);
	});
});
