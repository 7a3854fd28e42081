// What a stepper page (the home page and each phase's) carries: this phase to read and draw, and the order of all six.
import type { CitedQuote } from '$lib/content/cite';
import type { Citation } from '$lib/content/citation';
import type { ShownTalksStatus } from '$lib/content/talks-words';
import type { DiagramKind, Phase, Point } from '$lib/content/types';
import type { AnyDrawing } from '$lib/diagrams/drawing';
import type { ShownStatus } from '$lib/since/shown-status';

/** A phase as the progress strip, previous / next and the Embed dialog know it. */
export interface PhaseInOrder {
	id: string;
	title: string;
	/** The kinds of diagram it draws, for the Embed dialog's list of views. */
	kinds: DiagramKind[];
}

/** The phase the page is about, as its header and reading show it. */
export interface PhaseToRead extends Pick<Phase, 'id' | 'title' | 'summary' | 'trigger'> {
	/** The phases it depends on. */
	dependsOn: { id: string; title: string }[];
	/** What the phase means, as sanitized HTML. */
	body: string;
	/** Its status at the talks, and the articles' dates it holds for: "5–8 October 2025". */
	talks: ShownTalksStatus & { note: string; asOf: string };
	/** Its status now, and as of when: "reporting gathered up to 1 July 2026". */
	now: ShownStatus & { asOf: string };
}

/** An event a phase's status now rests on, as "What happened next" shows it: every claim with its sources. */
export interface NextEvent {
	id: string;
	/** As precisely as the reporting dates it: "13 Oct 2025", "Oct 2025 – Dec 2025", "about Nov 2025". */
	when: string;
	/** The day, month or year for a `<time>` element; none for a period. */
	datetime?: string;
	title: string;
	description: string;
	/** ⚠ what the doubt is, where the fact sheet marks one. */
	caveat?: string;
	citations: Citation[];
}

/** "What happened next" on a phase's page: the status now in our words, and the events it rests on, in time order. */
export interface WhatHappenedNext {
	note: string;
	caveat?: string;
	/** The date of the latest event it rests on, as a reader reads it; null when it rests on none. */
	latest: string | null;
	events: NextEvent[];
	/** The timeline, filtered to this phase's events. */
	timelineHref: string;
}

export interface PhaseQuote {
	quote: CitedQuote;
	/** What the quote speaks to in this phase. */
	annotates: string;
}

export interface StepperPage {
	phase: PhaseToRead;
	phases: PhaseInOrder[];
	drawings: AnyDrawing[];
	points: Pick<Point, 'number' | 'title'>[];
	quotes: PhaseQuote[];
	next: WhatHappenedNext;
}
