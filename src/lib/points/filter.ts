// Filtering the 20 points by theme and phase, and reading the filter from a URL without trusting it.
import type { Point } from '$lib/content/types';

export interface PointFilter {
	theme: string | null;
	phase: string | null;
}

export function filterPoints<P extends Pick<Point, 'theme' | 'phases'>>(points: P[], filter: PointFilter): P[] {
	return points.filter(
		(p) => (!filter.theme || p.theme === filter.theme) && (!filter.phase || p.phases.includes(filter.phase))
	);
}

/** Unknown values fall back to "all", so a bad link still shows every point. */
export function filterFromSearch(search: URLSearchParams, themes: string[], phases: string[]): PointFilter {
	const theme = search.get('theme');
	const phase = search.get('phase');
	return {
		theme: theme && themes.includes(theme) ? theme : null,
		phase: phase && phases.includes(phase) ? phase : null
	};
}

export function searchFromFilter(filter: PointFilter): string {
	const params = new URLSearchParams();
	if (filter.theme) params.set('theme', filter.theme);
	if (filter.phase) params.set('phase', filter.phase);
	const query = params.toString();
	return query ? `?${query}` : '';
}
