// What a reader sees on the tracker, drawn from the fixture content: all 20 points, each status in words, the counts
// at the top as the tracker data gives them, the plan's text and the reporting labelled apart, as of when, the evidence
// with its sources (outlet, date, link) and ⚠ caveats, and links to each event on the timeline.
import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { statusNowWords } from '$lib/content/status-now-words';
import { loadFixtureContent } from '$lib/content/test-content';
import { trackerPage } from '$lib/server/tracker-page';
import Tracker from './Tracker.svelte';

const content = loadFixtureContent();
const text = (el: Element | null) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

function renderTracker() {
	const result = render(Tracker, trackerPage(content));
	const entry = (n: number) => result.container.querySelector<HTMLElement>(`article#point-${n}`)!;
	return { ...result, entry };
}

describe('Tracker', () => {
	it('shows all 20 points, each with its status in words', () => {
		const { container, entry } = renderTracker();
		expect(container.querySelectorAll('article[id^="point-"]')).toHaveLength(20);
		for (const { point, status } of content.tracker) {
			const heading = within(entry(point)).getByRole('heading', { level: 2 });
			expect(text(heading)).toBe(`${point} Fixture point ${point}`);
			expect(text(entry(point).querySelector('header'))).toContain(statusNowWords[status].label());
		}
		expect(text(entry(4).querySelector('header'))).toContain('● Carried out');
		expect(text(entry(16).querySelector('header'))).toContain('◀ Going the other way');
	});

	it('counts the points at each status as the tracker data has them, each square linking to its point', () => {
		renderTracker();
		const summary = screen.getByRole('region', { name: 'Where the 20 points stand' });
		const rows = [...summary.querySelectorAll('li')].map((li) => ({
			text: text(li),
			links: [...li.querySelectorAll('a')].map((a) => [a.getAttribute('aria-label'), a.getAttribute('href')])
		}));
		// Worked out from tests/fixtures/content/tracker.json, in the closed set's order.
		expect(rows.map((r) => r.text)).toEqual([
			'● Carried out 4 1 point',
			'◑ Partly carried out 7 1 point',
			'◀ Going the other way 16 1 point',
			'– Nothing to measure 1 2 2 points',
			'? No reporting found 3 5 6 8 9 10 11 12 13 14 15 17 18 19 20 15 points'
		]);
		expect(rows[1].links).toEqual([['Point 7', '#point-7']]);
		const counted = rows.flatMap((r) => r.links.map(([name]) => name));
		expect(counted).toHaveLength(20);
		expect(text(summary)).toContain('As of reporting gathered up to 1 July 2026.');
	});

	it('sets what the plan says beside what happened, each labelled as such', () => {
		const { entry } = renderTracker();
		const plan = entry(7).querySelector<HTMLElement>('.plan')!;
		const happened = entry(7).querySelector<HTMLElement>('.happened')!;
		expect(within(plan).getByRole('heading', { level: 3 })).toHaveTextContent(/^What the plan says/);
		expect(within(happened).getByRole('heading', { level: 3 })).toHaveTextContent(/^What happened/);
		expect(text(plan)).toContain("the plan's text, in our summary Fixture summary of point 7.");
		expect(within(plan).getByRole('link', { name: 'Phase 3. Fixture phase three' })).toHaveAttribute(
			'href',
			'/phase/phase-three'
		);
		expect(text(happened)).toContain(
			'the reporting since the talks, in our words Fixture: point seven partly carried out.'
		);
		expect(text(happened)).toContain('⚠ Caveat: Fixture caveat on point seven.');
	});

	it('says as of when, and the date of the latest event a status rests on', () => {
		const { entry } = renderTracker();
		const asOf = (n: number) => text(entry(n).querySelector('.as-of'));
		expect(asOf(7)).toBe('As of reporting gathered up to 1 July 2026; latest event it rests on: 20 Jan 2026.');
		expect(asOf(16)).toBe('As of reporting gathered up to 1 July 2026; latest event it rests on: Mar 2026.');
		expect(asOf(3)).toBe('As of reporting gathered up to 1 July 2026.');
	});

	it('lists the evidence: each event dated, linked to the timeline, with its ⚠ doubt and its sources', () => {
		const { entry } = renderTracker();
		const evidence = entry(7).querySelector<HTMLElement>('ol.evidence')!;
		expect(text(evidence)).toBe(
			'15 Jan 2026 – 20 Jan 2026 Fixture event three ' +
				'⚠ Caveat: Fixture caveat: the fixture sources differ. ' +
				'Source: Fixture Wire, read on Fixture Mirror, 15 Jan 2026 (⚠ read on a mirror)'
		);
		expect(within(evidence).getByRole('link', { name: 'Fixture event three' })).toHaveAttribute(
			'href',
			'/timeline#event-fixture-event-three'
		);
		expect(within(evidence).getByRole('link', { name: 'Fixture Wire, read on Fixture Mirror' })).toHaveAttribute(
			'href',
			'https://example.org/fixture-wire'
		);
		// An article is a file, not a page: it links to its entry on /sources.
		const four = entry(4).querySelector<HTMLElement>('ol.evidence')!;
		expect(text(four)).toContain(
			'5 Oct 2025 Fixture event two Source: Fixture article C (Fixture Wire), about 6 Oct 2025'
		);
		expect(within(four).getByRole('link', { name: 'Fixture article C (Fixture Wire)' })).toHaveAttribute(
			'href',
			'/sources#article-c'
		);
		// A point whose status rests on no event lists none.
		expect(entry(3).querySelector('ol.evidence')).toBeNull();
	});
});
