// What a stepper page (the home page and each phase's) carries: this phase to read and draw, and the order of all six.
import type { CitedQuote } from '$lib/content/cite';
import type { DiagramKind, Phase, Point } from '$lib/content/types';
import type { AnyDrawing } from '$lib/diagrams/drawing';

/** A phase as the progress strip, previous / next and the Embed dialog know it. */
export interface PhaseInOrder {
	id: string;
	title: string;
	/** The kinds of diagram it draws, for the Embed dialog's list of views. */
	kinds: DiagramKind[];
}

/** The phase the page is about, as its header and reading show it. */
export interface PhaseToRead extends Pick<Phase, 'id' | 'title' | 'summary' | 'trigger' | 'status' | 'statusNote'> {
	/** The phases it depends on. */
	dependsOn: { id: string; title: string }[];
	/** What the phase means, as sanitized HTML. */
	body: string;
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
}
