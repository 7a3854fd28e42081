// How each status now is marked beside its words: a shape, so that no reader depends on colour, and a tone for the
// colour, grouped by how far what the plan sets out has happened.
import type { ImplementationStatus } from '$lib/content/types';

export type StatusTone = 'done' | 'part' | 'stalled' | 'against' | 'none';

export const statusMarks: Record<ImplementationStatus, { glyph: string; tone: StatusTone }> = {
	done: { glyph: '●', tone: 'done' },
	'done-late': { glyph: '●', tone: 'done' },
	'in-force-violated': { glyph: '◑', tone: 'part' },
	partly: { glyph: '◑', tone: 'part' },
	'some-steps': { glyph: '◔', tone: 'part' },
	'formed-not-operating': { glyph: '◔', tone: 'stalled' },
	'authorised-not-deployed': { glyph: '◔', tone: 'stalled' },
	'pledged-only': { glyph: '◌', tone: 'stalled' },
	'statements-only': { glyph: '◌', tone: 'stalled' },
	'not-implemented': { glyph: '○', tone: 'against' },
	reversed: { glyph: '◀', tone: 'against' },
	contested: { glyph: '◇', tone: 'against' },
	'nothing-to-track': { glyph: '–', tone: 'none' },
	'no-reporting-found': { glyph: '?', tone: 'none' }
};
