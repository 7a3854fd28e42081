// The words a reader sees for each of the timeline's lanes, in the edition's language.
import type { Track } from '$lib/content/since-words';
import { m } from '$lib/paraglide/messages';
import { getLocale, type Locale } from '$lib/paraglide/runtime';

const words: Record<Track, (inputs: object, options: { locale: Locale }) => string> = {
	'diplomacy-governance': m.timeline_track_diplomacy_governance,
	'hostages-prisoners': m.timeline_track_hostages_prisoners,
	'aid-crossings': m.timeline_track_aid_crossings,
	'lines-security': m.timeline_track_lines_security,
	'casualties-violations': m.timeline_track_casualties_violations
};

/** "Diplomacy and governance", "الدبلوماسية والحكم", "דיפלומטיה וממשל" */
export const trackText = (track: Track, locale: Locale = getLocale()): string => words[track]({}, { locale });
