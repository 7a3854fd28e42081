// What the presenter reads and asks while a slide shows: a "since the talks" slide brings its own notes and question;
// a phase's other slides share the phase's, its diagram slide first saying what the drawing shows; the title, glossary
// and sources slides have none.
import type { Slide } from './deck';
import type { DeckPhase } from './deck-page';

export interface SpeakerNotes {
	/** ": Ceasefire and aid" or ": Ceasefire and aid, since the talks"; empty for a slide of no phase. */
	title: string;
	notes: string[] | null;
	questions: string[] | null;
}

export function speakerNotes(slide: Slide, phases: readonly DeckPhase[]): SpeakerNotes {
	const phase = phases.find((p) => p.id === slide.phaseId);
	if (!phase) return { title: '', notes: null, questions: null };
	if (slide.kind === 'since')
		return { title: `: ${phase.title}, since the talks`, notes: slide.notes, questions: [slide.question] };
	if (slide.kind === 'stage')
		return {
			title: `: ${phase.title}, its diagram`,
			notes: [`What the diagram shows: ${phase.stage.description}`, ...phase.notes],
			questions: phase.questions
		};
	return { title: `: ${phase.title}`, notes: phase.notes, questions: phase.questions };
}
