// Tests a phase's heading block as a reader sees it: both statuses, each labelled with the date it holds for.
import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { loadFixtureContent } from '$lib/content/test-content';
import { diagramMakers } from '$lib/diagrams/makers';
import { stepperPage } from '$lib/server/stepper-page';
import PhaseHeader from './PhaseHeader.svelte';

const content = loadFixtureContent();
const words = (el: Element | null) => el?.textContent?.replace(/\s+/g, ' ').trim();

describe('PhaseHeader', () => {
	it('shows the status at the talks and the status now, each labelled with its date', () => {
		const { phase } = stepperPage(content, diagramMakers(content), 'phase-two');
		render(PhaseHeader, { phase, index: 1, count: 3, next: { href: '#what-happened-next' } });
		const terms = [...document.querySelectorAll('dt')].map(words);
		expect(terms).toEqual([
			'Starts when',
			'At the talks (5–7 October 2025)',
			'Now (reporting gathered up to 1 July 2026)'
		]);
		const [, talks, now] = [...document.querySelectorAll('dd')].map(words);
		expect(talks).toBe('⇄ Under negotiation Fixture status note of fixture phase two.');
		expect(now).toBe('◑ Partly carried out What happened next, with sources');
		expect(screen.getByRole('link', { name: 'What happened next, with sources' }).getAttribute('href')).toBe(
			'#what-happened-next'
		);
	});

	it('opens what happened next in a new tab from an embed, and says so', () => {
		const { phase } = stepperPage(content, diagramMakers(content), 'phase-one');
		render(PhaseHeader, {
			phase,
			index: 0,
			count: 3,
			next: { href: '/phase/phase-one#what-happened-next', newTab: true }
		});
		// jsdom's name computation drops the space at the start of the hidden words; a browser keeps it.
		const link = screen.getByRole('link', { name: /^What happened next, with sources ?\(opens in a new tab\)$/ });
		expect(link.getAttribute('target')).toBe('_blank');
	});
});
