// What an embed page carries: the view it belongs to and what it draws at its phase (or, for the timeline, in all).
import type { DiagramKind } from '$lib/content/types';
import type { AnyDrawing } from '$lib/diagrams/drawing';
import type { StepperPage } from '$lib/stepper/stepper-page';
import type { TimelinePage } from '$lib/timeline/timeline-page';
import type { EmbedPhase, EmbedView } from './catalogue';

export interface DiagramEmbedPage {
	view: EmbedView & { kind: DiagramKind };
	phase: EmbedPhase;
	drawing: AnyDrawing;
}

export interface StepperEmbedPage extends Pick<StepperPage, 'phase' | 'phases' | 'drawings'> {
	view: EmbedView;
}

/** The timeline alone: every event, or those of one phase. */
export interface TimelineEmbedPage {
	view: EmbedView;
	/** The phase whose events it shows; null for every event. */
	phase: EmbedPhase | null;
	timeline: TimelinePage;
}
