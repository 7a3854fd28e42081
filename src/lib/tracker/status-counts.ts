// How many points stand at each status: counted from the points themselves, in the closed set's order (from carried
// out to nothing found), leaving out the statuses no point has.
import { implementationStatuses, type ImplementationStatus } from '$lib/content/since-words';
import { m } from '$lib/paraglide/messages';

export interface StatusCount {
	status: ImplementationStatus;
	/** The points at this status, in their order. */
	points: number[];
}

export function statusCounts(points: { number: number; status: ImplementationStatus }[]): StatusCount[] {
	return (Object.keys(implementationStatuses) as ImplementationStatus[])
		.map((status) => ({ status, points: points.filter((p) => p.status === status).map((p) => p.number) }))
		.filter((c) => c.points.length > 0);
}

/** "1 point", "3 points"; in Arabic and Hebrew by the language's plural rules ("بندان", "3 بنود"). */
export const pointsText = (count: number) => m.site_tracker_points({ count });
