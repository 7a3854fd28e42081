// What /points carries: the 20 points in our summary of the plan's text, each with where it stands now.
import type { Point, Theme } from '$lib/content/types';
import type { PointNow } from '$lib/tracker/tracker-page';

export interface PointsPage {
	points: (Point & { now: PointNow })[];
	themes: Theme[];
	phases: { id: string; title: string }[];
	/** "reporting gathered up to 1 July 2026" */
	asOf: string;
}
