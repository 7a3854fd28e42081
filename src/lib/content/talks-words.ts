// The words and shapes a reader sees for a phase's status at the talks (as of the articles' dates), shared by every
// view that shows it. Plain data, apart from the schema, so that pages can use them without the validator.

/** Where a phase stood at the Sharm el-Sheikh talks: one closed set, each with its words and a shape beside them. */
export const talksStatuses = {
	agreed: { label: 'Agreed', glyph: '●', means: 'Both sides had agreed it.' },
	'under-negotiation': {
		label: 'Under negotiation',
		glyph: '⇄',
		means: 'It was on the table and being worked out; nothing was settled yet.'
	},
	disputed: { label: 'Disputed', glyph: '◐', means: 'The parties were reported to disagree on it.' },
	'not-yet-addressed': { label: 'Not yet addressed', glyph: '○', means: 'It was not yet under discussion.' }
} as const satisfies Record<string, { label: string; glyph: string; means: string }>;

export type TalksStatus = keyof typeof talksStatuses;

/** "⇄ Under negotiation": the shape and the words, for places that write the status as one line of text. */
export const talksStatusText = (status: TalksStatus): string =>
	`${talksStatuses[status].glyph} ${talksStatuses[status].label}`;
