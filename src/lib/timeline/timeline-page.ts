// What the timeline page carries: every event as a reader reads it, the sources they cite, the axis already laid
// out, and the tracks, points and phases to filter by. Made at build time (src/lib/server/timeline-page.ts).
import type { Citation } from '$lib/content/citation';
import type { Track } from '$lib/content/since-words';
import type { AxisLabel, GridLine } from './ticks';
import type { MarkKind } from './lanes';

export interface TimelineEntry {
	id: string;
	title: string;
	/** In our words. */
	description: string;
	track: Track;
	/** As precise as reported: "13 Oct 2025", "Nov 2025", "about Mar 2026", "10 Oct 2025 – 31 Oct 2025". */
	when: string;
	/** For <time datetime>: the day, month or year it starts. */
	datetime: string;
	dateNote?: string;
	/** ⚠: a single source, sources that disagree, or an outlet of unclear standing. */
	caveat?: string;
	points: number[];
	phases: string[];
	/** Keys into the page's citations. */
	sources: string[];
	/** Before the plan was published: listed as context, not drawn on the axis. */
	context: boolean;
}

/** Consecutive events under one heading: a month, or the context before the plan. */
export interface TimelineGroup {
	id: string;
	heading: string;
	/** A line under the heading, where the group needs one (the context). */
	note?: string;
	events: TimelineEntry[];
}

/** One event's mark on the axis; x in percent of the axis's width, y in pixels. */
export interface AxisMark {
	id: string;
	kind: MarkKind;
	x0: number;
	x1: number;
	y: number;
	/** What a pointer's tooltip says: the title and the date. */
	label: string;
}

export interface AxisLane {
	track: Track;
	label: string;
	/** Top of the lane's band, and its height, in pixels. */
	y: number;
	height: number;
}

/** The axis, laid out: x in percent of its width (so marks and text keep their size as it stretches), y in pixels. */
export interface TimelineAxis {
	height: number;
	lanes: AxisLane[];
	marks: AxisMark[];
	labels: (AxisLabel & { y: number })[];
	grid: GridLine[];
	/** The talks week's band and its caption. */
	talks: { x0: number; x1: number; label: string };
	/** Where the lanes start and end, in pixels, for the grid lines. */
	top: number;
	bottom: number;
	/** The axis in words: what it spans, and how much wider the talks week is drawn. */
	summary: string;
}

export interface TimelinePage {
	/** "reporting gathered up to 1 July 2026" */
	asOf: string;
	groups: TimelineGroup[];
	citations: Record<string, Citation>;
	axis: TimelineAxis;
	tracks: { id: Track; label: string }[];
	points: { number: number; title: string }[];
	/** In order, numbered as the stepper numbers them. */
	phases: { id: string; title: string; n: number }[];
}
