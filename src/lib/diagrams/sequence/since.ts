// What became of each phase, made once per build from each phase's status now: which steps happened, when, and which
// did not, with the sources of the events each status rests on.
import { compareDated, endOf } from '$lib/content/dates';
import { statusNowWords } from '$lib/content/status-now-words';
import type { Content, ImplementationStatus, PhaseWithNow } from '$lib/content/types';
import { partialDateText } from '$lib/format/format';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import { statusMarks } from '$lib/since/status-marks';
import { punctuation } from '$lib/editions/punctuation';
import { sinceReader, type SinceFacts, type SinceText } from '../since';
import { sinceFacts } from '../since-markup';
import { layoutSequenceSince, type SequenceSinceLayout } from './since-layout';

export interface SequenceSince extends SinceFacts {
	/** The since drawing's own SVG title, in the edition's words. */
	svgTitle: string;
	layout: SequenceSinceLayout;
}

/** The first and the latest of the events a phase's status now rests on: the two that say when it happened. */
export function datingEvents(phase: PhaseWithNow, content: Pick<Content, 'eventById'>): string[] {
	const events = phase.now.events.map((id) => content.eventById[id]);
	if (!events.length) return [];
	const first = events.reduce((a, b) => (compareDated(b, a) < 0 ? b : a));
	const latest = events.find((e) => endOf(e) === phase.now.latestEventDate) ?? first;
	return [...new Set([first.id, latest.id])];
}

/** "Events: 10 Oct 2025 to 19 Mar 2026", "Events: Nov 2025", or none, from the events a status rests on. */
export function eventsSpan(phase: PhaseWithNow, content: Pick<Content, 'eventById'>, locale: Locale = 'en'): string {
	const [first] = datingEvents(phase, content);
	const latest = phase.now.latestEventDate;
	if (!first || !latest) return m.diagram_sequence_no_events({}, { locale });
	const start = content.eventById[first].date;
	return start === latest
		? m.diagram_sequence_events_on({ date: partialDateText(start, locale) }, { locale })
		: m.diagram_sequence_events_span(
				{ start: partialDateText(start, locale), end: partialDateText(latest, locale) },
				{ locale }
			);
}

/** The since view's drawing and words, before its words become markup. */
export function sequenceSince(
	content: Content,
	locale: Locale = 'en'
): { layout: SequenceSinceLayout; text: SinceText } {
	const read = sinceReader(content, locale);
	const { comma, semicolon } = punctuation(locale);
	const label = (status: ImplementationStatus) => statusNowWords[status].label({}, { locale });
	const steps = content.phases.map((phase) => {
		const { status } = phase.now;
		return {
			id: phase.id,
			title: phase.title,
			status,
			mark: `${statusMarks[status].glyph} ${label(status)}`,
			tone: statusMarks[status].tone,
			when: eventsSpan(phase, content, locale)
		};
	});
	const list = steps.map((s, i) => `${i + 1}${comma}${s.title}: ${label(s.status)}`).join(semicolon);
	return {
		layout: layoutSequenceSince(steps),
		text: {
			description: m.diagram_sequence_since_description({ count: steps.length, list }, { locale }),
			asOf: read.asOf,
			columns: [
				m.diagram_column_phase({}, { locale }),
				m.diagram_column_status_now({}, { locale }),
				m.diagram_column_when({}, { locale })
			],
			// The sources of the first and the latest event, which date the step; the phase's page has all its evidence.
			rows: content.phases.map((phase, i) => ({
				cells: [`${i + 1}. ${phase.title}`, steps[i].mark, steps[i].when],
				citations: read.citations({ events: datingEvents(phase, content) })
			})),
			caveats: []
		}
	};
}

export function makeSequenceSince(content: Content, locale: Locale = 'en'): SequenceSince {
	const { layout, text } = sequenceSince(content, locale);
	const svgTitle = m.diagram_sequence_since_svg_title({}, { locale });
	return { layout, svgTitle, ...sinceFacts(text, { locale }) };
}
