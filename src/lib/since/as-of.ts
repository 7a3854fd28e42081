// The one phrase for the present: every view that speaks of what is so now says as of when, from data/reporting.json.
import { longDate } from '$lib/format/format';
import type { Reporting } from '$lib/content/types';

/** "reporting gathered up to 1 July 2026" */
export const gatheredUpToText = (reporting: Reporting): string =>
	`reporting gathered up to ${longDate(reporting.gatheredUpTo)}`;
