// The words a reader sees for what happened since the talks: why a report is weak (./weak-reasons, apart so that a
// page that cites sources does not carry the rest), the timeline's tracks and the closed set of statuses now. Plain
// data and messages, apart from the schema, so that pages can use them without the validator.
import { m } from '$lib/paraglide/messages';
import type { StatusWords } from './talks-words';

export { weakReasons, type WeakReason } from './weak-reasons';

/** The timeline's lanes. */
export const tracks = {
	'diplomacy-governance': 'Diplomacy and governance',
	'hostages-prisoners': 'Hostages and prisoners',
	'aid-crossings': 'Aid and crossings',
	'lines-security': 'The lines and security',
	'casualties-violations': 'Casualties and violations'
} as const;
export type Track = keyof typeof tracks;

/**
 * Where a point or a phase stands as of the gathered-up-to date: one closed set, each with the words a reader sees (as
 * a label, and in the lower case of a label inside a sentence), what it means, and whether it must rest on events
 * ("required"), may ("optional") or cannot ("none").
 */
export const implementationStatuses = {
	done: {
		label: m.status_now_done,
		lower: m.status_now_done_lower,
		means: m.status_now_done_means,
		events: 'required'
	},
	'done-late': {
		label: m.status_now_done_late,
		lower: m.status_now_done_late_lower,
		means: m.status_now_done_late_means,
		events: 'required'
	},
	'in-force-violated': {
		label: m.status_now_in_force_violated,
		lower: m.status_now_in_force_violated_lower,
		means: m.status_now_in_force_violated_means,
		events: 'required'
	},
	partly: {
		label: m.status_now_partly,
		lower: m.status_now_partly_lower,
		means: m.status_now_partly_means,
		events: 'required'
	},
	'some-steps': {
		label: m.status_now_some_steps,
		lower: m.status_now_some_steps_lower,
		means: m.status_now_some_steps_means,
		events: 'required'
	},
	'formed-not-operating': {
		label: m.status_now_formed_not_operating,
		lower: m.status_now_formed_not_operating_lower,
		means: m.status_now_formed_not_operating_means,
		events: 'required'
	},
	'authorised-not-deployed': {
		label: m.status_now_authorised_not_deployed,
		lower: m.status_now_authorised_not_deployed_lower,
		means: m.status_now_authorised_not_deployed_means,
		events: 'required'
	},
	'pledged-only': {
		label: m.status_now_pledged_only,
		lower: m.status_now_pledged_only_lower,
		means: m.status_now_pledged_only_means,
		events: 'required'
	},
	'statements-only': {
		label: m.status_now_statements_only,
		lower: m.status_now_statements_only_lower,
		means: m.status_now_statements_only_means,
		events: 'required'
	},
	'not-implemented': {
		label: m.status_now_not_implemented,
		lower: m.status_now_not_implemented_lower,
		means: m.status_now_not_implemented_means,
		events: 'required'
	},
	reversed: {
		label: m.status_now_reversed,
		lower: m.status_now_reversed_lower,
		means: m.status_now_reversed_means,
		events: 'required'
	},
	contested: {
		label: m.status_now_contested,
		lower: m.status_now_contested_lower,
		means: m.status_now_contested_means,
		events: 'required'
	},
	'nothing-to-track': {
		label: m.status_now_nothing_to_track,
		lower: m.status_now_nothing_to_track_lower,
		means: m.status_now_nothing_to_track_means,
		events: 'optional'
	},
	'no-reporting-found': {
		label: m.status_now_no_reporting_found,
		lower: m.status_now_no_reporting_found_lower,
		means: m.status_now_no_reporting_found_means,
		events: 'none'
	}
} as const satisfies Record<
	string,
	{ label: StatusWords; lower: StatusWords; means: StatusWords; events: 'required' | 'optional' | 'none' }
>;
export type ImplementationStatus = keyof typeof implementationStatuses;
