// What the tracker embed shows, from the fixture content: the counts, each point with its status and, a click away,
// what happened with its sources; every link opens outside the frame; the source line says as of when.
import { render, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { loadFixtureContent } from '$lib/content/test-content';
import { embedCatalogue } from '$lib/embed/catalogue';
import { phasesInOrder } from '$lib/server/stepper-page';
import { trackerSummaryPage } from '$lib/server/tracker-page';
import TrackerEmbed from './TrackerEmbed.svelte';

const content = loadFixtureContent();
const view = embedCatalogue(phasesInOrder(content)).find((v) => v.kind === 'tracker')!;
const text = (el: Element | null) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('TrackerEmbed', () => {
	it('lists every point with its status, and what happened with its sources in a disclosure', () => {
		const { container } = render(TrackerEmbed, { view, ...trackerSummaryPage(content) });
		const points = container.querySelectorAll('ol.points > li');
		expect(points).toHaveLength(20);
		const seven = points[6];
		expect(text(seven.querySelector('.point'))).toBe('7 Fixture point 7');
		expect(within(seven as HTMLElement).getByRole('link', { name: 'Fixture point 7' })).toHaveAttribute(
			'href',
			'/tracker#point-7'
		);
		expect(text(seven)).toContain('◑ Partly carried out');
		expect(text(seven.querySelector('details'))).toBe(
			'What happened on point 7 Fixture: point seven partly carried out. ' +
				'⚠ Caveat: Fixture caveat on point seven. ' +
				'As of reporting gathered up to 1 July 2026; latest event it rests on: 20 Jan 2026. ' +
				'Source: Fixture Wire, read on Fixture Mirror, 15 Jan 2026 (⚠ read on a mirror)'
		);
		expect(text(container.querySelector('.status-summary'))).toContain('◑ Partly carried out 7 1 point');
	});

	it('opens every link in a new tab, and names the reporting date on its source line', () => {
		const { container } = render(TrackerEmbed, { view, ...trackerSummaryPage(content) });
		expect(document.head.querySelector('base')).toHaveAttribute('target', '_blank');
		const line = container.querySelector('.source-line')!;
		expect(text(line).replace(/\s*\(opens in a new tab\)\s*/, ' ')).toBe(
			'Source: The Gaza peace plan, step by step · reporting gathered up to 1 July 2026'
		);
		expect(line.querySelector('a')).toHaveAttribute('href', '/tracker');
	});
});
