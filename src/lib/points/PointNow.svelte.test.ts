// What a reader sees of a point's status on /points, from the fixture content: the status in words, as of when, what
// happened, its ⚠ caveat, its sources and the way to the evidence on the tracker.
import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { loadFixtureContent } from '$lib/content/test-content';
import { pointNow } from '$lib/server/tracker-page';
import PointNow from './PointNow.svelte';

const content = loadFixtureContent();
const asOf = 'reporting gathered up to 1 July 2026';
const text = () => document.body.textContent?.replace(/\s+/g, ' ').trim();

describe('PointNow', () => {
	it('gives the status, as of when, what happened and its sources, and links to the tracker entry', () => {
		render(PointNow, { point: 7, now: pointNow(content, 7), asOf });
		expect(text()).toBe(
			'What happened since the talks ◑ Partly carried out ' +
				'As of reporting gathered up to 1 July 2026; latest event it rests on: 20 Jan 2026. ' +
				'Fixture: point seven partly carried out. ⚠ Caveat: Fixture caveat on point seven. ' +
				'Source: Fixture Wire, read on Fixture Mirror, 15 Jan 2026 (⚠ read on a mirror) ' +
				'Point 7 on the tracker: the plan beside what happened, event by event'
		);
		expect(screen.getByRole('link', { name: 'Fixture Wire, read on Fixture Mirror' })).toHaveAttribute(
			'href',
			'https://example.org/fixture-wire'
		);
		expect(screen.getByRole('link', { name: /^Point 7 on the tracker/ })).toHaveAttribute('href', '/tracker#point-7');
	});

	it('shows no sources for a status that rests on no event', () => {
		render(PointNow, { point: 3, now: pointNow(content, 3), asOf });
		expect(text()).toContain('? No reporting found As of reporting gathered up to 1 July 2026. Fixture: nothing found');
		expect(document.querySelector('.sources')).toBeNull();
	});
});
