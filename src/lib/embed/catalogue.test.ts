// Tests the embed catalogue on the fixture's three phases: which views there are, their paths and their frames' titles.
import { describe, expect, it } from 'vitest';
import { loadFixtureContent } from '$lib/content/test-content';
import { phasesInOrder } from '$lib/server/stepper-page';
import { embedCatalogue, embedPath, embedPaths, frameTitle, isDiagramKind, isEmbedViewKind } from './catalogue';

// Phase one draws the sequence, the map and the figures; two the map, the exchange, the sequence and the governance;
// three the governance, the exchange, the map and the figures.
const phases = phasesInOrder(loadFixtureContent());

describe('the embed catalogue', () => {
	it('knows the diagram kinds, and nothing else', () => {
		expect(['sequence', 'exchange', 'map', 'governance', 'figures'].map(isDiagramKind)).toEqual([
			true,
			true,
			true,
			true,
			true
		]);
		expect(['stepper', 'Map', '', 'constructor'].map(isDiagramKind)).toEqual([false, false, false, false]);
		expect(['stepper', 'timeline', 'map', 'Timeline', 'embed'].map(isEmbedViewKind)).toEqual([
			true,
			true,
			true,
			false,
			false
		]);
	});

	it('lists the stepper with every phase, then each diagram with the phases that show it, then the tracker', () => {
		const views = embedCatalogue(phases);
		expect(views.map((v) => [v.kind, v.phases.map((p) => `${p.n}:${p.id}`)])).toEqual([
			['stepper', ['1:phase-one', '2:phase-two', '3:phase-three']],
			['sequence', ['1:phase-one', '2:phase-two']],
			['exchange', ['2:phase-two', '3:phase-three']],
			['map', ['1:phase-one', '2:phase-two', '3:phase-three']],
			['governance', ['2:phase-two', '3:phase-three']],
			['figures', ['1:phase-one', '3:phase-three']],
			['timeline', ['1:phase-one', '2:phase-two', '3:phase-three']],
			['tracker', []]
		]);
		expect(views.every((v) => v.phaseCount === 3)).toBe(true);
		expect(views.map((v) => v.name)).toEqual([
			'The stepper, phase by phase',
			'The sequence of the phases',
			'The hostage and prisoner exchange',
			'The withdrawal lines on the map',
			'Who governs and who oversees whom',
			'The figures and where sources differ',
			'What happened since the plan, on a timeline',
			'The 20 points: the plan and what happened'
		]);
		expect(views.map((v) => v.whole)).toEqual([
			undefined,
			undefined,
			undefined,
			undefined,
			undefined,
			undefined,
			'Every event',
			undefined
		]);
	});

	const paths = [
		{ kind: 'stepper', phase: undefined, expected: '/embed/stepper' },
		{ kind: 'stepper', phase: 'phase-two', expected: '/embed/stepper/phase-two' },
		{ kind: 'map', phase: 'phase-three', expected: '/embed/map/phase-three' }
	] as const;
	it.each(paths)('$kind in $phase is at $expected', ({ kind, phase, expected }) => {
		expect(embedPath(kind, phase)).toBe(expected);
	});

	it('prerenders each view without a phase and with each of its phases', () => {
		const figures = embedCatalogue(phases).filter((v) => v.kind === 'figures');
		expect(embedPaths(figures)).toEqual(['/embed/figures', '/embed/figures/phase-one', '/embed/figures/phase-three']);
	});

	it('titles the iframe of the timeline’s every event, or of one phase’s', () => {
		const timeline = embedCatalogue(phases).find((v) => v.kind === 'timeline')!;
		expect(frameTitle(timeline, '')).toBe(
			'What happened since the plan, on a timeline, every event (The Gaza peace plan, step by step)'
		);
		expect(frameTitle(timeline, 'phase-two')).toBe(
			'What happened since the plan, on a timeline, Phase 2 of 3: Fixture phase two ' +
				'(The Gaza peace plan, step by step)'
		);
		expect(embedPath('timeline')).toBe('/embed/timeline');
	});

	it('prerenders a whole-plan view once, without phases', () => {
		const tracker = embedCatalogue(phases).filter((v) => v.kind === 'tracker');
		expect(embedPaths(tracker)).toEqual(['/embed/tracker']);
	});

	it('titles the iframe with the view, the phase and the explainer', () => {
		const figures = embedCatalogue(phases).find((v) => v.kind === 'figures')!;
		expect(frameTitle(figures, 'phase-three')).toBe(
			'The figures and where sources differ, Phase 3 of 3: Fixture phase three (The Gaza peace plan, step by step)'
		);
		// A phase the view does not show: its first phase instead.
		expect(frameTitle(figures, 'phase-two', 'The numbers')).toBe(
			'The numbers, Phase 1 of 3: Fixture phase one (The Gaza peace plan, step by step)'
		);
		// A view of the whole plan has no phase to name.
		const tracker = embedCatalogue(phases).find((v) => v.kind === 'tracker')!;
		expect(frameTitle(tracker, undefined)).toBe(
			'The 20 points: the plan and what happened (The Gaza peace plan, step by step)'
		);
	});
});
