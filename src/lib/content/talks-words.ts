// The words and shapes a reader sees for a phase's status at the talks (as of the articles' dates), shared by every
// view that shows it. Plain data and messages, apart from the schema, so that pages can use them without the validator.
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';

/** A status's words in an edition: the page's, or the one given where a build lays out an edition's content. */
export type StatusWords = (inputs?: Record<string, never>, options?: { locale?: Locale }) => string;

/**
 * Where a phase stood at the Sharm el-Sheikh talks: one closed set, each with a shape and its words, as a label, in
 * the lower case of a label inside a sentence (the same words in Arabic and Hebrew, which have no case), and what it
 * means.
 */
export const talksStatuses = {
	agreed: {
		glyph: '●',
		label: m.status_talks_agreed,
		lower: m.status_talks_agreed_lower,
		means: m.status_talks_agreed_means
	},
	'under-negotiation': {
		glyph: '⇄',
		label: m.status_talks_under_negotiation,
		lower: m.status_talks_under_negotiation_lower,
		means: m.status_talks_under_negotiation_means
	},
	disputed: {
		glyph: '◐',
		label: m.status_talks_disputed,
		lower: m.status_talks_disputed_lower,
		means: m.status_talks_disputed_means
	},
	'not-yet-addressed': {
		glyph: '○',
		label: m.status_talks_not_yet_addressed,
		lower: m.status_talks_not_yet_addressed_lower,
		means: m.status_talks_not_yet_addressed_means
	}
} as const satisfies Record<string, { glyph: string; label: StatusWords; lower: StatusWords; means: StatusWords }>;

export type TalksStatus = keyof typeof talksStatuses;

/**
 * A status at the talks as a reader sees it: its shape, its words and what they mean, looked up where the page's data
 * is made, so that a page carries the words of its own status and no code for the others.
 */
export interface ShownTalksStatus {
	status: TalksStatus;
	glyph: string;
	/** "Under negotiation" */
	label: string;
	/** What the label means, for the reader who hovers it. */
	means: string;
}

/** In the page's edition, or the one given. */
export const shownTalksStatus = (status: TalksStatus, locale?: Locale): ShownTalksStatus => ({
	status,
	glyph: talksStatuses[status].glyph,
	label: talksStatuses[status].label({}, { locale }),
	means: talksStatuses[status].means({}, { locale })
});

/** "⇄ Under negotiation": the shape and the words, for places that write the status as one line of text. */
export const talksStatusText = (status: TalksStatus, locale?: Locale): string =>
	`${talksStatuses[status].glyph} ${talksStatuses[status].label({}, { locale })}`;
