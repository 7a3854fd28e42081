// What an embed page carries: the view it belongs to and what it draws at its phase.
import type { DiagramKind } from '$lib/content/types';
import type { AnyDrawing } from '$lib/diagrams/drawing';
import type { StepperPage } from '$lib/stepper/stepper-page';
import type { EmbedPhase, EmbedView } from './catalogue';

export interface DiagramEmbedPage {
	view: EmbedView & { kind: DiagramKind };
	phase: EmbedPhase;
	drawing: AnyDrawing;
}

export interface StepperEmbedPage extends Pick<StepperPage, 'phase' | 'phases' | 'drawings'> {
	view: EmbedView;
}
