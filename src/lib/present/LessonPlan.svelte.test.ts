// What the teacher's plan shows for a phase, from the fixture content: its own heading apart from the speaker notes and
// questions, the time, the aims, and the activity for each level.
import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { loadFixtureContent } from '$lib/content/test-content';
import { diagramMakers } from '$lib/diagrams/makers';
import { deckPage } from '$lib/server/deck-page';
import LessonPlan from './LessonPlan.svelte';

const content = loadFixtureContent();
const phases = deckPage(content, diagramMakers(content), diagramMakers(content, 'stage')).phases;
const text = (el: Element) => el.textContent?.replace(/\s+/g, ' ').trim();

describe('LessonPlan', () => {
	it('shows the phase’s time, aims and activity at both levels, under its own heading', () => {
		render(LessonPlan, { phase: phases[1] });
		const plan = screen.getByRole('region', { name: 'Teacher’s plan: Fixture phase two' });
		expect(within(plan).getByText(/^Time:/).textContent).toBe('Time: 8 min');
		expect(within(plan).getAllByRole('heading', { level: 3 }).map(text)).toEqual(['Aims', 'Activity']);
		expect(within(plan).getAllByRole('listitem').map(text)).toEqual([
			'Fixture aim one of phase two.',
			'Fixture aim two of phase two.',
			'Fixture aim three of phase two.'
		]);
		expect([...plan.querySelectorAll('dt, dd')].map(text)).toEqual([
			'Secondary school',
			'Fixture activity for schools, phase two.',
			'University',
			'Fixture activity for universities, phase two.'
		]);
	});

	it('shows each phase its own plan', () => {
		render(LessonPlan, { phase: phases[2] });
		expect(screen.getByText(/^Time:/).textContent).toBe('Time: 5 min');
		expect(screen.getByText('Fixture activity for universities, phase three.')).toBeTruthy();
	});
});
