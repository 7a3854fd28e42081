// What a reader sees of the timeline, drawn from the fixture content: every event with its date as reported, its
// caveat, its plan points, phases and sources; the axis; and, once the page's script runs, the filters narrowing the
// list (and the URL), the count announced, and the arrow keys moving from event to event.
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixtureTimelineContent } from '$lib/content/test-content';
import { timelinePage } from '$lib/server/timeline-page';
import { enhanceTimeline } from './enhance';
import Timeline from './Timeline.svelte';

const timeline = timelinePage(fixtureTimelineContent());

const text = (el: Element | null) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const article = (title: string) => screen.getByRole('article', { name: title });
/** The titles of the events a reader can see (the filters hide the others). */
const shownTitles = (container: HTMLElement) =>
	[...container.querySelectorAll('li[data-track]')]
		.filter((li) => !(li as HTMLElement).hidden)
		.map((li) => text(li.querySelector('h3')));

function drawn(search = '') {
	window.history.replaceState(null, '', `/timeline${search}`);
	const { container } = render(Timeline, { timeline });
	return container;
}

function enhanced(search = '') {
	const container = drawn(search);
	enhanceTimeline(container.querySelector<HTMLElement>('[data-timeline]')!, window);
	return container;
}

const select = (name: string) => document.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!;
async function choose(name: string, value: string) {
	select(name).value = value;
	await fireEvent.change(select(name));
}

beforeEach(() => window.history.replaceState(null, '', '/timeline'));
afterEach(() => window.history.replaceState(null, '', '/'));

describe('Timeline, as the server draws it', () => {
	it('lists every event with its date as precise as reported, its track and its title, in order', () => {
		const container = drawn();
		const events = [...container.querySelectorAll('article.event')].map((a) => [
			text(a.querySelector('time')),
			text(a.querySelector('.track')),
			text(a.querySelector('h3'))
		]);
		expect(events).toEqual([
			['29 Sep 2025', 'Diplomacy and governance', 'Fixture event one'],
			['5 Oct 2025', 'Hostages and prisoners', 'Fixture event two'],
			['15 Jan 2026 – 20 Jan 2026', 'Aid and crossings', 'Fixture event three'],
			['Mar 2026', 'The lines and security', 'Fixture event four']
		]);
		expect(container.querySelector('time')?.getAttribute('datetime')).toBe('2025-09-29');
		expect(screen.getAllByRole('heading', { level: 2 }).map(text)).toEqual([
			'September 2025',
			'October 2025',
			'January 2026',
			'March 2026'
		]);
	});

	it('shows what happened, a caveat as such, and links to the plan’s points and phases', () => {
		drawn();
		const three = article('Fixture event three');
		expect(text(three)).toContain('Fixture description of the third event.');
		expect(text(three.querySelector('.caveat'))).toBe('⚠ Caveat: Fixture caveat: the fixture sources differ.');
		expect(within(three).getByRole('link', { name: 'Point 7' }).getAttribute('href')).toBe('/points#point-7');
		expect(within(three).getByRole('link', { name: '3. Fixture phase three' }).getAttribute('href')).toBe(
			'/phase/phase-three'
		);
		expect(article('Fixture event one').querySelector('.caveat')).toBeNull();
	});

	it('names each event’s sources, with date and weakness, linked', () => {
		drawn();
		const three = article('Fixture event three');
		const wire = within(three).getByRole('link', { name: 'Fixture Wire, read on Fixture Mirror' });
		expect(wire.getAttribute('href')).toBe('https://example.org/fixture-wire');
		expect(text(three.querySelector('.sources'))).toBe(
			'Source: Fixture Wire, read on Fixture Mirror, 15 Jan 2026 (⚠ read on a mirror)'
		);
		const one = article('Fixture event one');
		expect(within(one).getByRole('link', { name: 'Fixture article C (Fixture Wire)' }).getAttribute('href')).toBe(
			'/sources#article-c'
		);
	});

	it('draws each event on the axis in its track’s lane, hidden from screen readers, with a summary in words', () => {
		const container = drawn();
		const svg = container.querySelector('figure[data-diagram="timeline"] svg')!;
		expect(svg.getAttribute('aria-hidden')).toBe('true');
		expect([...svg.querySelectorAll('.lane-label')].map(text)).toEqual(timeline.tracks.map((t) => t.label));
		expect(
			[...svg.querySelectorAll('.mark')].map((g) => [g.getAttribute('data-event'), g.getAttribute('class')])
		).toEqual([
			['fixture-event-one', expect.stringContaining('day')],
			['fixture-event-two', expect.stringContaining('day')],
			['fixture-event-three', expect.stringContaining('period')],
			['fixture-event-four', expect.stringContaining('month')]
		]);
		expect(text(svg.querySelector('.talks-label'))).toBe('The talks week, 5–13 Oct 2025');
		expect(text(container.querySelector('figcaption'))).toMatch(/a day of the talks week \(5–13 Oct 2025\) is 8 times/);
	});

	it('counts every event, with the filters off until the page’s script runs', () => {
		const container = drawn();
		expect(text(container.querySelector('[role="status"]'))).toBe('All 4 events');
		expect(container.querySelector('fieldset')?.disabled).toBe(true);
		expect(shownTitles(container)).toHaveLength(4);
	});
});

describe('Timeline, once its script runs', () => {
	it('narrows the list by track, point and phase, keeps the filter in the URL and announces the count', async () => {
		const container = enhanced();
		expect(container.querySelector('fieldset')?.disabled).toBe(false);
		const status = screen.getByRole('status');

		await choose('track', 'aid-crossings');
		expect(shownTitles(container)).toEqual(['Fixture event three']);
		expect(text(status)).toBe('1 of 4 events');
		expect(window.location.search).toBe('?track=aid-crossings');

		await choose('track', '');
		await choose('phase', 'phase-two');
		expect(shownTitles(container)).toEqual(['Fixture event two', 'Fixture event four']);
		expect(text(status)).toBe('2 of 4 events');
		expect(window.location.search).toBe('?phase=phase-two');

		await choose('point', '16');
		expect(shownTitles(container)).toEqual(['Fixture event four']);
		expect(window.location.search).toBe('?point=16&phase=phase-two');
		// the months with nothing left to show go too
		expect([...container.querySelectorAll('section:not([hidden]) h2')].map(text)).toEqual(['March 2026']);
	});

	it('fades the marks of the events it leaves out', async () => {
		const container = enhanced();
		await choose('track', 'hostages-prisoners');
		const faded = [...container.querySelectorAll('.mark.faded')].map((g) => g.getAttribute('data-event'));
		expect(faded).toEqual(['fixture-event-one', 'fixture-event-three', 'fixture-event-four']);
	});

	it('says when nothing matches, and shows every event again on request', async () => {
		const container = enhanced('?track=aid-crossings&phase=phase-one');
		expect(shownTitles(container)).toEqual([]);
		expect(text(screen.getByRole('status'))).toBe('0 of 4 events');
		expect(container.querySelector<HTMLElement>('.none')?.hidden).toBe(false);
		const reset = screen.getByRole('button', { name: 'Show every event' });
		expect((reset as HTMLButtonElement).disabled).toBe(false);
		await fireEvent.click(reset);
		expect(shownTitles(container)).toHaveLength(4);
		expect(text(screen.getByRole('status'))).toBe('All 4 events');
		expect(window.location.search).toBe('');
		expect(container.querySelector<HTMLElement>('.none')?.hidden).toBe(true);
	});

	it('reads the filter from the URL it was opened at, leaving out a value it does not know', () => {
		const container = enhanced('?phase=phase-two&point=99&track=nonsense');
		expect(shownTitles(container)).toEqual(['Fixture event two', 'Fixture event four']);
		expect([select('track').value, select('point').value, select('phase').value]).toEqual(['', '', 'phase-two']);
	});

	it('moves focus from event to event by the arrow keys, Home and End, among the events shown', async () => {
		const container = enhanced();
		const tabStops = () =>
			[...container.querySelectorAll<HTMLElement>('article.event')].filter((a) => a.tabIndex === 0).map((a) => a.id);
		expect(tabStops()).toEqual(['event-fixture-event-one']);
		const one = article('Fixture event one');
		one.focus();
		await fireEvent.keyDown(one, { key: 'ArrowDown' });
		expect(document.activeElement).toBe(article('Fixture event two'));
		await fireEvent.keyDown(document.activeElement!, { key: 'End' });
		expect(document.activeElement).toBe(article('Fixture event four'));
		await fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
		expect(document.activeElement).toBe(article('Fixture event four'));
		await fireEvent.keyDown(document.activeElement!, { key: 'Home' });
		expect(document.activeElement).toBe(one);
		expect(tabStops()).toEqual(['event-fixture-event-one']);

		await choose('phase', 'phase-two');
		expect(tabStops()).toEqual(['event-fixture-event-two']);
		article('Fixture event two').focus();
		await fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
		expect(document.activeElement).toBe(article('Fixture event four'));
		expect(tabStops()).toEqual(['event-fixture-event-four']);
	});

	it('picks an event in the list when its mark is clicked', async () => {
		const container = enhanced();
		await fireEvent.click(container.querySelector('.mark[data-event="fixture-event-three"] .shape')!);
		expect(document.activeElement).toBe(article('Fixture event three'));
		expect(container.querySelector('.mark[data-event="fixture-event-three"]')?.classList.contains('active')).toBe(true);
	});
});
