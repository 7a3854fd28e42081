// The one phrase for the present: every view that speaks of what is so now says as of when, from data/reporting.json,
// in the page's edition.
import { longDate } from '$lib/format/format';
import type { Reporting } from '$lib/content/types';
import { m } from '$lib/paraglide/messages';

/** "reporting gathered up to 1 July 2026" */
export const gatheredUpToText = (reporting: Reporting): string =>
	m.site_gathered_up_to({ date: longDate(reporting.gatheredUpTo) });
