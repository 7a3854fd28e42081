// Tests the pieces every since view is made with: dates as short as they read, and the sources and doubts of events.
import { describe, expect, it } from 'vitest';
import { loadFixtureContent } from '$lib/content/test-content';
import { sinceReader, whenText } from './since';

describe('whenText', () => {
	it.each([
		[{ date: '2025-10-13' }, '13 Oct 2025'],
		[{ date: '2026-01-16', end: '2026-01-20' }, '16–20 Jan 2026'],
		[{ date: '2026-02-28', end: '2026-03-19' }, '28 Feb – 19 Mar 2026'],
		[{ date: '2025-12-30', end: '2026-01-02' }, '30 Dec 2025 – 2 Jan 2026'],
		[{ date: '2025-10', end: '2025-12' }, 'Oct 2025 – Dec 2025'],
		[{ date: '2026-03', end: '2026-05-01' }, 'Mar 2026 – 1 May 2026'],
		[{ date: '2026-06-05', end: '2026-06-07', dateApproximate: true as const }, 'about 5–7 Jun 2026']
	])('%o reads "%s"', (item, text) => expect(whenText(item)).toBe(text));
});

describe('sinceReader', () => {
	const read = sinceReader(loadFixtureContent());

	it('cites the sources of events and reports once each, in the order first named, one citation per source', () => {
		const cited = read.citations({ events: ['fixture-event-two', 'fixture-event-four'], sources: ['article-c'] });
		expect(cited.map((c) => c.id)).toEqual(['article-c', 'fixture-paper']);
		expect(read.citations({ sources: ['fixture-paper'] })[0]).toBe(cited[1]);
	});

	it('gathers the doubts of events, each once', () => {
		expect(read.caveats(['fixture-event-three', 'fixture-event-one', 'fixture-event-three'])).toEqual([
			'Fixture caveat: the fixture sources differ.'
		]);
	});

	it('stops on an event the content does not have, naming it', () => {
		expect(() => read.when('no-such-event')).toThrow('needs event "no-such-event" in data/events.json');
	});

	it('says as of when', () => expect(read.asOf).toBe('reporting gathered up to 1 July 2026'));
});
