// The presenter's stopwatch as plain values: elapsed time since the start, with pause, resume and reset.

export interface Stopwatch {
	/** Milliseconds counted before the current run. */
	banked: number;
	/** When the current run started (ms since epoch), or null while paused. */
	since: number | null;
}

export const startedAt = (now: number): Stopwatch => ({ banked: 0, since: now });
export const elapsed = (w: Stopwatch, now: number) => w.banked + (w.since === null ? 0 : Math.max(0, now - w.since));
export const pause = (w: Stopwatch, now: number): Stopwatch =>
	w.since === null ? w : { banked: elapsed(w, now), since: null };
export const resume = (w: Stopwatch, now: number): Stopwatch =>
	w.since === null ? { banked: w.banked, since: now } : w;
/** Back to zero, keeping whether it runs. */
export const reset = (w: Stopwatch, now: number): Stopwatch => ({ banked: 0, since: w.since === null ? null : now });

/** 0:07, 12:34, 1:02:03: minutes and seconds, hours only once there are any. */
export function formatElapsed(ms: number): string {
	const total = Math.floor(Math.max(0, ms) / 1000);
	const h = Math.floor(total / 3600);
	const m = Math.floor((total % 3600) / 60);
	const s = String(total % 60).padStart(2, '0');
	return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
