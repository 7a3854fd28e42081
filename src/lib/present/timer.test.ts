import { describe, expect, it } from 'vitest';
import { elapsed, formatElapsed, pause, reset, resume, startedAt } from './timer';

describe('formatElapsed', () => {
	const cases = [
		{ ms: 0, text: '0:00' },
		{ ms: 7_400, text: '0:07' }, // whole seconds, rounded down
		{ ms: 754_000, text: '12:34' },
		{ ms: 3_723_000, text: '1:02:03' },
		{ ms: -50, text: '0:00' }
	];
	it.each(cases)('$ms ms → $text', ({ ms, text }) => expect(formatElapsed(ms)).toBe(text));
});

describe('the stopwatch', () => {
	it('counts from the start, stops while paused, resumes, and resets to zero', () => {
		let w = startedAt(1_000);
		expect(elapsed(w, 61_000)).toBe(60_000);
		w = pause(w, 61_000);
		expect(elapsed(w, 500_000)).toBe(60_000); // paused: time does not run
		w = resume(w, 500_000);
		expect(elapsed(w, 510_000)).toBe(70_000);
		w = reset(w, 510_000);
		expect(elapsed(w, 515_000)).toBe(5_000); // reset while running keeps running from zero
		w = reset(pause(w, 515_000), 520_000);
		expect(elapsed(w, 600_000)).toBe(0); // reset while paused stays at zero
	});
});
