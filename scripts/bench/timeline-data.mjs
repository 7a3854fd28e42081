// The same content as a TimelineJS timeline, for the benchmark's comparison page: a title slide, one slide per phase
// (its title, summary and trigger) and one per dated event. TimelineJS needs a date on every slide: the phases are
// the plan's, so they carry the day it was published and keep their order within it.

const escapeHtml = (text) =>
	String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

/**
 * "2025-10-09" -> TimelineJS's { year, month, day }, as strings the way its JSON format writes them; a month
 * ("2025-11") or a year ("2025") gives only the parts it has.
 */
export function timelineDate(isoDate) {
	const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(isoDate);
	if (!match) throw new Error(`expected a date like 2025-10-09, 2025-11 or 2025, found "${isoDate}"`);
	const [, year, month, day] = match;
	return {
		year,
		...(month ? { month: String(Number(month)) } : {}),
		...(day ? { day: String(Number(day)) } : {})
	};
}

/**
 * @param {{ id: string, title: string, summary: string, trigger: string }[]} phases in the plan's order
 * @param {{ id: string, date: string, end?: string, title: string, description: string }[]} events
 * @param {{ title: string, planDate: string }} options the explainer's name and the plan's publication date
 */
export function timelineFromContent(phases, events, { title, planDate }) {
	const phaseSlides = phases.map((phase, i) => ({
		unique_id: `phase-${phase.id}`,
		group: "The plan's phases",
		start_date: timelineDate(planDate),
		display_date: `Phase ${i + 1} of ${phases.length}`,
		text: {
			headline: escapeHtml(phase.title),
			text: `<p>${escapeHtml(phase.summary)}</p><p><strong>Starts when:</strong> ${escapeHtml(phase.trigger)}</p>`
		}
	}));
	const eventSlides = events.map((event) => ({
		unique_id: `event-${event.id}`,
		group: 'What happened',
		start_date: timelineDate(event.date),
		...(event.end ? { end_date: timelineDate(event.end) } : {}),
		text: { headline: escapeHtml(event.title), text: `<p>${escapeHtml(event.description)}</p>` }
	}));
	return {
		title: {
			text: {
				headline: escapeHtml(title),
				text: `<p>The plan's ${phases.length} phases and ${events.length} dated events.</p>`
			}
		},
		events: [...phaseSlides, ...eventSlides]
	};
}
