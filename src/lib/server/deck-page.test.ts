// Tests the deck's page data from the fixture: each phase's classroom material and its main diagram, without markers.
import { describe, expect, it } from 'vitest';
import { loadFixtureContent } from '$lib/content/test-content';
import { diagramMakers } from '$lib/diagrams/makers';
import { deckPage } from './deck-page';

const content = loadFixtureContent();
const page = deckPage(content, diagramMakers(content), diagramMakers(content, 'stage'));

describe('deckPage', () => {
	it('draws each phase’s first diagram at that phase, without quote markers (a slide shows its quotes as text)', () => {
		expect(page.phases.map((p) => [p.id, p.drawing.kind, p.drawing.phaseId])).toEqual([
			['phase-one', 'sequence', 'phase-one'],
			['phase-two', 'map', 'phase-two'],
			['phase-three', 'governance', 'phase-three']
		]);
		for (const { drawing } of page.phases) {
			expect(drawing.notes).toEqual([]);
			expect(drawing.markers).toEqual([]);
		}
		expect(page.phases[1].drawing.setting).toEqual({ stage: 'yellow' });
		expect(page.phases[2].drawing.setting).toEqual({ focus: ['fixture-force', 'fixture-police'] });
	});

	it('gives each phase its points by title, its questions and its speaker notes', () => {
		expect(page.phases[0]).toMatchObject({
			title: 'Fixture phase one',
			status: 'agreed',
			statusText: '● Agreed',
			points: [
				{ number: 1, title: 'Fixture point 1' },
				{ number: 2, title: 'Fixture point 2' },
				{ number: 3, title: 'Fixture point 3' }
			],
			questions: ['Fixture question on fixture phase one?'],
			notes: ['Fixture speaker note on fixture phase one.']
		});
	});

	it('gives each phase its teacher’s plan: the minutes, the aims and the activity at both levels', () => {
		expect(page.phases.map((p) => p.plan.minutes)).toEqual([10, 8, 5]);
		expect(page.phases[1].plan).toEqual({
			minutes: 8,
			aims: ['Fixture aim one of phase two.', 'Fixture aim two of phase two.', 'Fixture aim three of phase two.'],
			activity: {
				secondary: 'Fixture activity for schools, phase two.',
				university: 'Fixture activity for universities, phase two.'
			}
		});
	});

	it('carries the slides and the sources', () => {
		// Title, four slides for each of the three phases, two of glossary, the sources.
		expect(page.slides).toHaveLength(16);
		expect(page.sources.map((s) => s.label)).toEqual(['Fixture article C', 'Fixture article K', 'Fixture article M']);
	});
});
