// The /points page's data, made at build time: each point with its status now and the sources under it.
import type { Content } from '$lib/content/types';
import type { PointsPage } from '$lib/points/points-page';
import { gatheredUpToText } from '$lib/since/as-of';
import { pointNow } from './tracker-page';

export function pointsPage(content: Content): PointsPage {
	return {
		points: content.points.map((p) => ({ ...p, now: pointNow(content, p.number) })),
		themes: content.themes,
		phases: content.phases.map(({ id, title }) => ({ id, title })),
		asOf: gatheredUpToText(content.reporting)
	};
}
