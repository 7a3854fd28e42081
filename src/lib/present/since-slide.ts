// A phase's "since the talks" slide: its status at the talks and now, each with its date, the key events it rests on
// with a source each, and what the presenter reads out, ending on a question for the class.
import { citationOf, type Citation } from '$lib/content/citation';
import { statusNowWords } from '$lib/content/status-now-words';
import { statusEvents } from '$lib/content/status-events';
import { talksStatuses } from '$lib/content/talks-words';
import type { Content, PhaseWithNow } from '$lib/content/types';
import { datedText, daySpanText } from '$lib/format/format';
import { m } from '$lib/paraglide/messages';
import { gatheredUpToText } from '$lib/since/as-of';
import { statusMarks } from '$lib/since/status-marks';
import type { SinceEvent, Slide } from './deck';
import { sinceEventHeight, sinceEventsRoom } from './fit';

/** The key events a slide holds at a size the back row can read; the phase's page lists the rest. */
export const SINCE_EVENTS_MAX = 4;
type SinceSlide = Omit<Extract<Slide, { kind: 'since' }>, 'n'>;

function sinceEvent(content: Content, id: string): SinceEvent {
	const event = content.eventById[id];
	// Validation has made sure every source an event cites exists.
	const citations = event.sources.map((s) => citationOf(s, content)).filter((c): c is Citation => c !== undefined);
	// The first source that gives a date, so that the slide says when it was reported.
	const shown = citations.find((c) => c.date) ?? citations[0];
	const dated = shown.date
		? m.deck_since_source_dated({
				source: shown.label,
				date: datedText({ date: shown.date, end: shown.end, dateApproximate: shown.dateApproximate })
			})
		: shown.label;
	const others = citations.length - 1;
	return {
		id,
		when: datedText(event),
		title: event.title,
		source: others ? m.deck_since_source_more({ source: dated, count: others }) : dated,
		// After the source of an event the fact sheet marks ⚠; the notes and the phase's page say what the doubt is.
		...(event.caveat ? { doubt: m.deck_since_doubt() } : {})
	};
}

/** The phase's first events, as many as fit the column up to the most a slide shows, in time order. */
function keyEvents(content: Content, phase: PhaseWithNow): SinceEvent[] {
	const picked: SinceEvent[] = [];
	let left = sinceEventsRoom(phase.title);
	for (const id of phase.now.events.slice(0, SINCE_EVENTS_MAX)) {
		const event = sinceEvent(content, id);
		left -= sinceEventHeight({ ...event, source: `${event.source} ${event.doubt ?? ''}` }, picked.length === 0);
		if (left < 0) break;
		picked.push(event);
	}
	const order = statusEvents(
		content,
		picked.map((e) => e.id)
	).map((e) => e.id);
	return picked.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
}

export function sinceSlide(content: Content, phase: PhaseWithNow, kicker: string): SinceSlide {
	const talksAsOf = daySpanText(content.talksAsOf.start, content.talksAsOf.end);
	const nowAsOf = gatheredUpToText(content.reporting);
	const events = keyEvents(content, phase);
	const more = phase.now.events.length - events.length;
	const talks = talksStatuses[phase.status].lower();
	const now = statusNowWords[phase.now.status].lower();
	const doubts = events.flatMap((e) => {
		const caveat = content.eventById[e.id].caveat;
		return caveat ? [m.deck_since_note_doubt({ title: e.title, caveat })] : [];
	});
	const notes = [
		m.deck_since_note_talks({ asOf: talksAsOf, status: talks, note: phase.statusNote }),
		m.deck_since_note_now({ asOf: nowAsOf, status: now, note: phase.now.note }),
		...(phase.now.caveat ? [`⚠ ${phase.now.caveat}`] : []),
		...doubts,
		more > 0 ? m.deck_since_note_sources_more({ count: more }) : m.deck_since_note_sources()
	];
	return {
		kind: 'since',
		label: m.deck_since_label({ title: phase.title }),
		phaseId: phase.id,
		kicker: m.deck_since_kicker({ kicker }),
		title: phase.title,
		talks: {
			status: phase.status,
			label: talksStatuses[phase.status].label(),
			glyph: talksStatuses[phase.status].glyph,
			asOf: talksAsOf
		},
		now: {
			label: statusNowWords[phase.now.status].label(),
			...statusMarks[phase.now.status],
			asOf: nowAsOf
		},
		note: phase.now.note,
		...(phase.now.caveat ? { caveat: phase.now.caveat } : {}),
		events,
		more,
		notes,
		question: phase.now.question
	};
}
