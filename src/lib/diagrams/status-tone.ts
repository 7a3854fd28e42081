// How a status's tone is drawn in the charts of what happened, as StatusMark shows it on the page: one colour for the
// frame and the words, and a frame that is solid, dashed (stalled) or dotted (nothing to track, nothing found). The
// sequence's and the governance chart's marks set these on their group (--tone-ink) and on their frame.
import type { StatusTone } from '$lib/since/status-marks';

export const toneInk: Record<StatusTone, string> = {
	done: 'var(--accent-2)',
	part: 'var(--accent)',
	stalled: 'var(--accent)',
	against: 'var(--ink)',
	none: 'var(--muted)'
};

export const toneDash: Record<StatusTone, string | undefined> = {
	done: undefined,
	part: undefined,
	stalled: '5 3',
	against: undefined,
	none: '1.5 2.5'
};
