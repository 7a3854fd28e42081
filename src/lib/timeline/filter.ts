// Filtering the timeline by track, plan point and phase, and reading the filter from a URL without trusting it: an
// unknown or malformed value means "all", so a bad link still shows every event.
import type { Track } from '$lib/content/since-words';
import { m } from '$lib/paraglide/messages';

export interface TimelineFilter {
	track: Track | null;
	point: number | null;
	phase: string | null;
}

export const everyEvent: Readonly<TimelineFilter> = Object.freeze({ track: null, point: null, phase: null });

/** What the filter can name: the page's tracks, points and phases. */
export interface FilterChoices {
	tracks: readonly Track[];
	points: readonly number[];
	phases: readonly string[];
}

export function matchesFilter(
	event: { track: Track; points: number[]; phases: string[] },
	filter: TimelineFilter
): boolean {
	return (
		(filter.track === null || event.track === filter.track) &&
		(filter.point === null || event.points.includes(filter.point)) &&
		(filter.phase === null || event.phases.includes(filter.phase))
	);
}

export const isFiltered = (filter: TimelineFilter) =>
	filter.track !== null || filter.point !== null || filter.phase !== null;

export function filterFromSearch(search: URLSearchParams, choices: FilterChoices): TimelineFilter {
	const track = search.get('track');
	const point = search.get('point')?.trim() ?? '';
	const phase = search.get('phase');
	const pointNumber = /^\d{1,2}$/.test(point) ? Number(point) : NaN;
	return {
		track: choices.tracks.find((t) => t === track) ?? null,
		point: choices.points.includes(pointNumber) ? pointNumber : null,
		phase: choices.phases.find((p) => p === phase) ?? null
	};
}

/** "?track=aid-crossings&point=7", in a fixed order; "" for every event. */
export function searchFromFilter(filter: TimelineFilter): string {
	const params = new URLSearchParams();
	if (filter.track) params.set('track', filter.track);
	if (filter.point !== null) params.set('point', String(filter.point));
	if (filter.phase) params.set('phase', filter.phase);
	const query = params.toString();
	return query ? `?${query}` : '';
}

/** What the count says: "All 53 events", "12 of 53 events", "0 of 53 events". */
export const countText = (shown: number, total: number) =>
	shown === total ? m.site_timeline_count_all({ total }) : m.site_timeline_count_some({ shown, total });
