// Tests what a reader sees under "What happened next": the status now in our words, then every event it rests on, in
// time order, each with its date, its doubt and at least one source linked; and the way to the phase's timeline.
import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { loadFixtureContent } from '$lib/content/test-content';
import { whatHappenedNext } from '$lib/server/what-happened-next';
import WhatHappenedNext from './WhatHappenedNext.svelte';

const content = loadFixtureContent();
const words = (el: Element | null) => el?.textContent?.replace(/\s+/g, ' ').trim();

describe('WhatHappenedNext', () => {
	it('gives the status now in our words, as of when, and the date of the latest event', () => {
		render(WhatHappenedNext, {
			next: whatHappenedNext(content, 'phase-two'),
			asOf: 'reporting gathered up to 1 July 2026'
		});
		expect(screen.getByRole('heading', { name: 'What happened next' })).toBeTruthy();
		expect(words(document.querySelector('.as-of'))).toBe(
			'As of reporting gathered up to 1 July 2026; the latest event below is dated Mar 2026.'
		);
		expect(words(document.querySelector('.note'))).toBe('Fixture: phase two now partly carried out.');
	});

	it('lists every event the status rests on, in time order, with its date, title and sources linked', () => {
		render(WhatHappenedNext, {
			next: whatHappenedNext(content, 'phase-two'),
			asOf: 'reporting gathered up to 1 July 2026'
		});
		const items = screen.getAllByRole('listitem');
		expect(items.map((li) => li.getAttribute('data-event'))).toEqual(['fixture-event-two', 'fixture-event-four']);
		expect(items.map((li) => words(li.querySelector('.when')))).toEqual(['5 Oct 2025', 'Mar 2026']);
		expect(items[0].querySelector('time')?.getAttribute('datetime')).toBe('2025-10-05');
		expect(items.map((li) => words(li.querySelector('h4')))).toEqual(['Fixture event two', 'Fixture event four']);
		for (const li of items) expect(within(li).getAllByRole('link').length).toBeGreaterThanOrEqual(1);
		expect(within(items[0]).getByRole('link', { name: 'Fixture article C (Fixture Wire)' }).getAttribute('href')).toBe(
			'/sources#article-c'
		);
		expect(within(items[1]).getByRole('link', { name: 'Fixture Paper' }).getAttribute('href')).toBe(
			'https://example.org/fixture-paper'
		);
	});

	it('marks a doubted event and the status’s own caveat with ⚠, in words too', () => {
		render(WhatHappenedNext, {
			next: whatHappenedNext(content, 'phase-three'),
			asOf: 'reporting gathered up to 1 July 2026'
		});
		const [item] = screen.getAllByRole('listitem');
		expect(words(item.querySelector('.caveat'))).toBe('⚠ Caveat: Fixture caveat: the fixture sources differ.');
		expect(words(item.querySelector('.when'))).toBe('15 Jan 2026 – 20 Jan 2026');
		expect(item.querySelector('time')).toBeNull();
		expect(words(document.querySelector('.next > .caveat'))).toBe('⚠ Caveat: Fixture caveat on phase three.');
		expect(words(item.querySelector('.sources'))).toBe(
			'Source: Fixture Wire, read on Fixture Mirror, 15 Jan 2026 (⚠ read on a mirror)'
		);
	});

	it('links to all the phase’s events on the timeline, filtered by the phase in the URL', () => {
		render(WhatHappenedNext, {
			next: whatHappenedNext(content, 'phase-one'),
			asOf: 'reporting gathered up to 1 July 2026'
		});
		expect(screen.getByRole('link', { name: 'All events of this phase on the timeline' }).getAttribute('href')).toBe(
			'/timeline?phase=phase-one'
		);
	});
});
