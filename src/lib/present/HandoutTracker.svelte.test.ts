// What the printed tracker table holds, from the fixture content: a row per point with its status in words and shape,
// what happened, its sources written out as outlet and date, and the date of the latest event.
import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { loadFixtureContent } from '$lib/content/test-content';
import { printedTracker } from '$lib/server/tracker-page';
import HandoutTracker from './HandoutTracker.svelte';

const content = loadFixtureContent();
const cells = (row: Element) => [...row.children].map((c) => c.textContent?.replace(/\s+/g, ' ').trim());

describe('HandoutTracker', () => {
	it('has a row per point: status, what happened with its sources, latest event', () => {
		render(HandoutTracker, printedTracker(content));
		const table = screen.getByRole('table');
		expect(cells(table.querySelector('thead tr')!)).toEqual([
			'Point',
			'Status now',
			'What happened, and its sources',
			'Latest event'
		]);
		const rows = [...table.querySelectorAll('tbody tr')];
		expect(rows).toHaveLength(20);
		expect(cells(rows[6])).toEqual([
			'7 Fixture point 7',
			'◑ Partly carried out',
			'Fixture: point seven partly carried out. ⚠ Fixture caveat on point seven. ' +
				'Source: Fixture Wire, read on Fixture Mirror, 15 Jan 2026 (⚠ read on a mirror)',
			'20 Jan 2026'
		]);
		expect(cells(rows[0])).toEqual([
			'1 Fixture point 1',
			'– Nothing to measure',
			'Fixture: point 1 states an aim.',
			'none'
		]);
		expect(screen.getByText(/as of reporting gathered up to 1 July 2026/)).toBeInTheDocument();
	});
});
