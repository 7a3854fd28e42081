// What the presenter reads and asks while a slide shows: a "since the talks" slide brings its own notes and question;
// a phase's other slides share the phase's, its diagram slide first saying what the drawing shows; the title, glossary
// and sources slides have none.
import type { Slide } from './deck';
import { m } from '$lib/paraglide/messages';
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
		return { title: m.deck_notes_title_since({ title: phase.title }), notes: slide.notes, questions: [slide.question] };
	if (slide.kind === 'stage')
		return {
			title: m.deck_notes_title_stage({ title: phase.title }),
			notes: [m.deck_notes_stage_shows({ description: phase.stage.description }), ...phase.notes],
			questions: phase.questions
		};
	return { title: m.deck_notes_title({ title: phase.title }), notes: phase.notes, questions: phase.questions };
}
