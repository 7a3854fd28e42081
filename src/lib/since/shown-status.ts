// A status now as a reader sees it: its words and what they mean, looked up once where the page's data is made, so
// that a page that shows one status does not carry the words of all of them.
import { statusNowWords } from '$lib/content/status-now-words';
import type { ImplementationStatus } from '$lib/content/types';
import type { Locale } from '$lib/paraglide/runtime';

export interface ShownStatus {
	status: ImplementationStatus;
	/** "Partly carried out" */
	label: string;
	/** What the label means, for the reader who hovers it. */
	means: string;
}

/** In the page's edition, or the one given. */
export const shownStatus = (status: ImplementationStatus, locale?: Locale): ShownStatus => ({
	status,
	label: statusNowWords[status].label({}, { locale }),
	means: statusNowWords[status].means({}, { locale })
});
