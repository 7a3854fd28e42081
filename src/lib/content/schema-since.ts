// The schema of what happened after the talks: the date reporting was gathered up to, the later reports (cited, never
// quoted), the dated events in five tracks, and each point's and phase's status now, from one closed set.
import { z } from 'zod';
import { day, id, partialDate, pointNumber, text } from './schema-parts';
import { implementationStatuses, tracks, weakReasons, type ImplementationStatus } from './since-words';

/** One place for the date the product speaks of the present from. */
export const ReportingSchema = z.strictObject({
	/** The date of the latest reporting gathered: "reporting gathered up to 1 July 2026". */
	gatheredUpTo: day
});

/** News agencies whose stories other outlets carry; several copies of one agency story are one source. */
export const agencies = ['AP', 'AFP', 'Reuters', 'Anadolu', 'Xinhua', 'QNA'] as const;

/** When something happened or was published: a day, month or year, or a period from `date` to `end`. */
const dating = {
	date: partialDate,
	/** Where the fact sheet gives a range ("2–15 Feb 2026", "Nov–Dec 2025"): the last day, month or year of it. */
	end: partialDate.optional(),
	/** "~" in the fact sheet: about this date. */
	dateApproximate: z.literal(true).optional(),
	/** How the date was read, where a reader may need it ("the count runs from the ceasefire"). */
	dateNote: text.optional()
};

/** A report other than the four articles: cited with its outlet, date and address; never quoted at length. */
export const ReportSchema = z
	.strictObject({
		id,
		/** The outlet the fact is credited to, as a reader would cite it. */
		outlet: text,
		/** The agency whose story it is, where it is an agency's (the outlet may be the agency itself). */
		agency: z.enum(agencies).optional(),
		/** The site the copy was read on, where it is not the outlet's own (a syndication copy or a mirror). */
		readOn: text.optional(),
		/** Whom the outlet itself credits for the fact, e.g. "a mapping group". */
		citing: text.optional(),
		...dating,
		/** Left out only where the fact sheet gives no date; `dateNote` then says so. */
		date: partialDate.optional(),
		url: z.url({ protocol: /^https?$/, error: 'an http(s) address' }),
		language: z
			.string()
			.regex(/^[a-z]{2}$/, 'a two-letter language code')
			.default('en'),
		/** Empty for a sound report; otherwise every reason it is weak. */
		weak: z.array(z.enum(weakReasons)).default([]),
		weakNote: text.optional(),
		/** Another entry that is a copy of the same agency story: the two count as one source. */
		sameStoryAs: id.optional()
	})
	.refine((r) => r.date !== undefined || r.dateNote !== undefined, {
		message: 'a "date", or a "dateNote" saying why there is none',
		path: ['date']
	});

export const EventSchema = z.strictObject({
	id,
	...dating,
	title: text,
	/** In our own words, neutral, every claim attributed. */
	description: text,
	track: z.enum(tracks),
	/** The plan's points the event concerns. */
	points: z.array(pointNumber).default([]),
	/** This explainer's phases the event concerns. */
	phases: z.array(id).default([]),
	/** Ids of the four articles (sources.json) or of later reports (reports.json). */
	sources: z.array(id).min(1, 'at least one source'),
	/** ⚠ in the fact sheet: what the doubt is (a single source, sources that disagree, an outlet of unclear standing). */
	caveat: text.optional()
});

export const implementationStatus = z.enum(
	Object.keys(implementationStatuses) as [ImplementationStatus, ...ImplementationStatus[]]
);

/** Where one of the plan's 20 points stands as of the gathered-up-to date. */
export const TrackerEntrySchema = z.strictObject({
	point: pointNumber,
	status: implementationStatus,
	/** One or two sentences in our words. */
	summary: text,
	/** The events the status rests on; the date of the latest is computed, never stored. */
	events: z.array(id).default([]),
	/** ⚠ where the reporting disagrees or is thin. */
	caveat: text.optional()
});

/** Where a phase stands as of the gathered-up-to date (its status at the talks stays in `status`). */
export const PhaseNowSchema = z.strictObject({
	status: implementationStatus,
	note: text,
	/** The events the status rests on, the most telling first: the deck's "since the talks" slide shows the first few. */
	events: z.array(id).default([]),
	caveat: text.optional(),
	/** A question for the class on what happened since, asked on the deck's "since the talks" slide. */
	question: text
});

/**
 * A body the plan sets up, as the governance chart's since view marks it: the point that sets it up (its status now is
 * the tracker's) and the dated steps it rests on, each an event of that point, in a few words ("charter signed").
 */
export const BodyNowSchema = z.strictObject({
	actor: id,
	point: pointNumber,
	steps: z.array(z.strictObject({ event: id, text })).min(1, 'at least one step')
});
