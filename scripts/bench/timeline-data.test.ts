import { describe, expect, it } from 'vitest';
import { timelineDate, timelineFromContent } from './timeline-data.mjs';

describe('timelineDate', () => {
	const tests = [
		{ iso: '2025-10-09', expected: { year: '2025', month: '10', day: '9' } },
		{ iso: '2026-01-26', expected: { year: '2026', month: '1', day: '26' } },
		{ iso: '2025-09-29', expected: { year: '2025', month: '9', day: '29' } },
		{ iso: '2025-11', expected: { year: '2025', month: '11' } },
		{ iso: '2025', expected: { year: '2025' } }
	];
	it.each(tests)('$iso', ({ iso, expected }) => expect(timelineDate(iso)).toEqual(expected));

	it('refuses what is not a day, a month or a year', () => {
		expect(() => timelineDate('October 2025')).toThrow(/expected a date/);
	});
});

describe('timelineFromContent', () => {
	const phases = [
		{ id: 'first', title: 'Ceasefire & aid', summary: 'Fighting stops.', trigger: 'Both sides accept <now>' },
		{ id: 'second', title: 'Exchange', summary: 'Hostages return.', trigger: 'Within 72 hours' }
	];
	const events = [
		{ id: 'signed', date: '2025-10-09', title: 'First phase agreed', description: 'Signed in Egypt.' },
		{ id: 'remains', date: '2025-10', end: '2025-12', title: 'Remains returned', description: 'Slowly.' }
	];
	const timeline = timelineFromContent(phases, events, { title: 'The plan', planDate: '2025-09-29' });

	it('makes a title slide, then one slide per phase in order, then one per event', () => {
		expect(timeline.title.text.headline).toBe('The plan');
		expect(timeline.events.map((e) => e.unique_id)).toEqual([
			'phase-first',
			'phase-second',
			'event-signed',
			'event-remains'
		]);
	});

	it('gives each phase its title, summary and trigger, escaped, dated on the day the plan was published', () => {
		const [first, second] = timeline.events;
		expect(first.text.headline).toBe('Ceasefire &amp; aid');
		expect(first.text.text).toBe(
			'<p>Fighting stops.</p><p><strong>Starts when:</strong> Both sides accept &lt;now&gt;</p>'
		);
		expect(first.start_date).toEqual({ year: '2025', month: '9', day: '29' });
		expect([first.display_date, second.display_date]).toEqual(['Phase 1 of 2', 'Phase 2 of 2']);
	});

	it('dates each event on its own day', () => {
		const event = timeline.events[2];
		expect(event.start_date).toEqual({ year: '2025', month: '10', day: '9' });
		expect(event.text).toEqual({ headline: 'First phase agreed', text: '<p>Signed in Egypt.</p>' });
		expect(event).not.toHaveProperty('end_date');
	});

	it('spans a period from its start to its end, as precise as each', () => {
		const period = timeline.events[3];
		expect(period.start_date).toEqual({ year: '2025', month: '10' });
		expect(period.end_date).toEqual({ year: '2025', month: '12' });
	});
});
