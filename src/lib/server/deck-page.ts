// The classroom deck's data, made at build time: the slides, each phase's notes, questions and diagram, the sources.
import { talksStatusText } from '$lib/content/talks-words';
import type { Content, LessonPlan } from '$lib/content/types';
import { drawingOf, type DiagramMakers } from '$lib/diagrams/makers';
import { articleLines, buildDeck } from '$lib/present/deck';
import type { DeckPage } from '$lib/present/deck-page';

/** A phase's plan without the phase's id, which the deck's phase already carries. */
const lessonPlan = ({ minutes, aims, activity }: LessonPlan) => ({ minutes, aims, activity });

export function deckPage(content: Content, makers: DiagramMakers, stageMakers: DiagramMakers): DeckPage {
	return {
		slides: buildDeck(content),
		phases: content.phases.map((p) => ({
			id: p.id,
			title: p.title,
			summary: p.summary,
			trigger: p.trigger,
			status: p.status,
			statusText: talksStatusText(p.status),
			questions: p.questions,
			notes: p.notes,
			plan: lessonPlan(content.lessonPlanByPhase[p.id]),
			points: p.points.map((n) => ({ number: n, title: content.pointByNumber[n].title })),
			drawing: drawingOf(makers, content, p.id, p.diagrams[0], 'without-notes', 'plan-only'),
			stage: drawingOf(stageMakers, content, p.id, p.diagrams[0], 'with-notes', 'plan-only')
		})),
		sources: articleLines(content.sources)
	};
}
