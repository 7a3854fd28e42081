import { describe, expect, it } from 'vitest';
import { loadFixtureContent } from '$lib/content/test-content';
import { diagramMakers } from '$lib/diagrams/makers';
import { deckPage } from '$lib/server/deck-page';
import { speakerNotes } from './speaker-notes';

const content = loadFixtureContent();
const page = deckPage(content, diagramMakers(content), diagramMakers(content, 'stage'));
const slideOf = (kind: string, phaseId: string) => page.slides.find((s) => s.kind === kind && s.phaseId === phaseId)!;

describe('speakerNotes', () => {
	const phase = page.phases[0];

	it('gives a phase’s slide the phase’s notes and questions', () => {
		expect(speakerNotes(slideOf('phase', phase.id), page.phases)).toEqual({
			title: `: ${phase.title}`,
			notes: phase.notes,
			questions: phase.questions
		});
	});

	it('opens the diagram slide’s notes with what the drawing shows, in the words of its text alternative', () => {
		const notes = speakerNotes(slideOf('stage', phase.id), page.phases);
		expect(notes.title).toBe(`: ${phase.title}, its diagram`);
		expect(notes.notes).toEqual([`What the diagram shows: ${phase.stage.description}`, ...phase.notes]);
		expect(phase.stage.description.length).toBeGreaterThan(20);
		expect(notes.questions).toEqual(phase.questions);
	});

	it('has none for a slide of no phase', () => {
		expect(speakerNotes(page.slides[0], page.phases)).toEqual({ title: '', notes: null, questions: null });
	});
});
