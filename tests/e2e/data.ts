// The content as the tests expect to see it, read straight from data/.
import { readFileSync } from 'node:fs';
import type { DiagramKind } from '../../src/lib/content/schema';

const read = <T>(file: string): T => JSON.parse(readFileSync(new URL(`../../data/${file}`, import.meta.url), 'utf8'));

export const phases = read<
	{
		id: string;
		title: string;
		body: string;
		diagrams: { kind: DiagramKind }[];
		quotes: { quote: string }[];
		now: { note: string; events: string[]; question: string };
		notes: string[];
		questions: string[];
	}[]
>('phases.json');

/** The teacher's plan for each phase. */
export const lessonPlan =
	read<{ phase: string; minutes: number; aims: string[]; activity: { secondary: string; university: string } }[]>(
		'lesson-plan.json'
	);

/** The opening words of a phase's first paragraph, as a reader sees them once the markdown is rendered. */
export const openingWords = (body: string) =>
	body
		.split('\n')
		.find((line) => line.trim() && !line.startsWith('#'))!
		.replace(/[*_`]/g, '')
		.split(' ')
		.slice(0, 8)
		.join(' ');
/** The phases in order, as the embed catalogue reads them. */
export const phasesInOrder = phases.map((p) => ({
	id: p.id,
	title: p.title,
	kinds: p.diagrams.map((d) => d.kind)
}));

export const quotes = read<{ id: string; text: string }[]>('quotes.json');
export const quoteText = (id: string) => quotes.find((q) => q.id === id)!.text;
