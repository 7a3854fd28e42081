// The words a reader sees for each status now: a label, its lower-case form for sentences (the same words in Arabic and
// Hebrew, which have no case) and what it means, as messages read in the page's edition or the one given. Apart from
// the closed set (./since-words), so that only the code that shows them carries them.
import { m } from '$lib/paraglide/messages';
import type { ImplementationStatus } from './since-words';
import type { StatusWords } from './talks-words';

export const statusNowWords: Record<
	ImplementationStatus,
	{ label: StatusWords; lower: StatusWords; means: StatusWords }
> = {
	done: { label: m.status_now_done, lower: m.status_now_done_lower, means: m.status_now_done_means },
	'done-late': {
		label: m.status_now_done_late,
		lower: m.status_now_done_late_lower,
		means: m.status_now_done_late_means
	},
	'in-force-violated': {
		label: m.status_now_in_force_violated,
		lower: m.status_now_in_force_violated_lower,
		means: m.status_now_in_force_violated_means
	},
	partly: { label: m.status_now_partly, lower: m.status_now_partly_lower, means: m.status_now_partly_means },
	'some-steps': {
		label: m.status_now_some_steps,
		lower: m.status_now_some_steps_lower,
		means: m.status_now_some_steps_means
	},
	'formed-not-operating': {
		label: m.status_now_formed_not_operating,
		lower: m.status_now_formed_not_operating_lower,
		means: m.status_now_formed_not_operating_means
	},
	'authorised-not-deployed': {
		label: m.status_now_authorised_not_deployed,
		lower: m.status_now_authorised_not_deployed_lower,
		means: m.status_now_authorised_not_deployed_means
	},
	'pledged-only': {
		label: m.status_now_pledged_only,
		lower: m.status_now_pledged_only_lower,
		means: m.status_now_pledged_only_means
	},
	'statements-only': {
		label: m.status_now_statements_only,
		lower: m.status_now_statements_only_lower,
		means: m.status_now_statements_only_means
	},
	'not-implemented': {
		label: m.status_now_not_implemented,
		lower: m.status_now_not_implemented_lower,
		means: m.status_now_not_implemented_means
	},
	reversed: { label: m.status_now_reversed, lower: m.status_now_reversed_lower, means: m.status_now_reversed_means },
	contested: {
		label: m.status_now_contested,
		lower: m.status_now_contested_lower,
		means: m.status_now_contested_means
	},
	'nothing-to-track': {
		label: m.status_now_nothing_to_track,
		lower: m.status_now_nothing_to_track_lower,
		means: m.status_now_nothing_to_track_means
	},
	'no-reporting-found': {
		label: m.status_now_no_reporting_found,
		lower: m.status_now_no_reporting_found_lower,
		means: m.status_now_no_reporting_found_means
	}
};
