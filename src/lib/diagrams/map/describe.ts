// The map's text alternative, from the same data: a description of the current stage and a table of all stages.
import type { Place } from '$lib/content/types';
import { shareSentence, type Stage, type StageInfo } from './stages';

export interface StageRow {
	id: Stage;
	stage: string;
	what: string;
	share: string;
	source: string;
}

export function describeMap(stages: StageInfo[], current: Stage, places: Place[]): string {
	const stage = stages.find((s) => s.id === current);
	const towns = places.map((p) => p.name).join(', ');
	const lead = `Map of the Gaza Strip between the Mediterranean Sea, Israel and Egypt, with ${towns} marked.`;
	if (!stage) return lead;
	const shown = stage.hasLine
		? `It shows the ${stage.name.toLowerCase()} and the area on its Israeli side, hatched: ${shareSentence(stage)}.`
		: `It shows the situation ${stage.name.toLowerCase()}, hatched: ${shareSentence(stage)}.`;
	const others = stages.filter((s) => s.hasLine && s.id !== current).map((s) => s.name.toLowerCase());
	const faint = others.length
		? ` The ${joinAnd(others)} ${others.length > 1 ? 'are' : 'is'} drawn faintly for comparison.`
		: '';
	return `${lead} ${shown}${faint} All lines are schematic and approximate.`;
}

export function stageRows(stages: StageInfo[]): StageRow[] {
	return stages.map((s) => ({
		id: s.id,
		stage: s.name,
		what: s.what ?? capitalise(s.label.split(':').slice(1).join(':').trim() || s.label),
		share: s.share.display,
		source: `${sentence(s.share.source)} ${sentence(s.note)}`
	}));
}

/** Ends a text with a full stop if it has none. */
const sentence = (s: string) => (/[.!?]$/.test(s.trim()) ? s.trim() : `${s.trim()}.`);

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function joinAnd(items: string[]): string {
	return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
