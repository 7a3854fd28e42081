// What the tracker carries, on its own page, in its embed, on /points and in the handout: each of the 20 points with
// where it stands now, the sentence that says what happened, and the events and sources that rest under it.
import type { Citation } from '$lib/content/citation';
import type { PartialDate } from '$lib/content/dates';
import type { ImplementationStatus, Point, TimelineEvent } from '$lib/content/types';

/** Where a point stands as of the gathered-up-to date, in a form every view of it can show. */
export interface PointNow {
	status: ImplementationStatus;
	/** What happened, in our words (tracker.json). */
	summary: string;
	/** ⚠ where the reporting disagrees or is thin. */
	caveat?: string;
	/** The end (or date) of the latest event the status rests on; none for a status that rests on no event. */
	latestEventDate?: PartialDate;
	/** Every source of the events it rests on, once each, earliest event first. */
	sources: Citation[];
}

/** An event a status rests on, as the tracker lists it under the point. */
export interface EvidenceEvent extends Pick<
	TimelineEvent,
	'id' | 'date' | 'end' | 'dateApproximate' | 'title' | 'caveat'
> {
	sources: Citation[];
}

/** One point as the tracker page shows it: the plan's text beside what happened, and the evidence. */
export interface TrackedPointEntry extends Pick<Point, 'number' | 'title' | 'phases'> {
	/** Our summary of the plan's text, as sanitized HTML. */
	plan: string;
	now: Omit<PointNow, 'sources'>;
	/** The events the status rests on, in timeline order. */
	evidence: EvidenceEvent[];
}

export interface TrackerPage {
	/** "reporting gathered up to 1 July 2026" */
	asOf: string;
	phases: { id: string; title: string }[];
	points: TrackedPointEntry[];
}

/** One point in the compact views (the embed, the handout): its status now and its sources, without the evidence. */
export interface PointNowLine extends Pick<Point, 'number' | 'title'> {
	now: PointNow;
}

export interface TrackerSummaryPage {
	asOf: string;
	points: PointNowLine[];
}

/** One point on paper: its sources written out ("AP, read on Daijiworld, 11 Dec 2025"), since paper cannot link. */
export interface PrintedPointNow extends Pick<Point, 'number' | 'title'> {
	now: Omit<PointNow, 'sources'> & { sources: string[] };
}

export interface PrintedTracker {
	asOf: string;
	points: PrintedPointNow[];
}
