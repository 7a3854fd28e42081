// What the deck, its notes window and the handout carry: the slides, each phase's classroom material, and the sources.
import type { LessonPlan, Phase, Point } from '$lib/content/types';
import type { ReadyDiagram } from '$lib/diagrams/components';
import type { AnyDrawing } from '$lib/diagrams/drawing';
import type { ArticleLine, Slide } from './deck';

export interface DeckPhase extends Pick<
	Phase,
	'id' | 'title' | 'summary' | 'trigger' | 'status' | 'questions' | 'notes'
> {
	/** "⇄ Under negotiation": its status at the talks in the deck's edition, as one line of text. */
	statusText: string;
	points: Pick<Point, 'number' | 'title'>[];
	/** Its main diagram, without quote markers: a slide and a printed page show their quotes as text, if any. */
	drawing: AnyDrawing;
	/** The same diagram laid out for the whole stage, with its quote notes: the phase's diagram slide. */
	stage: AnyDrawing;
	/** The teacher's plan for the phase, in the notes window and on the printed notes. */
	plan: Omit<LessonPlan, 'phase'>;
}

export interface DeckPage {
	slides: Slide[];
	phases: DeckPhase[];
	sources: ArticleLine[];
}

/** A phase's main diagram, drawable: beside its phase slide (and in the handout), and alone on its diagram slide. */
export interface PhaseDiagrams {
	slide: ReadyDiagram;
	stage: ReadyDiagram;
}
