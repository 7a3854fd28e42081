// The map's text alternative, from the same data, in the edition's words: a description of the current stage and a
// table of all stages.
import type { Place } from '$lib/content/types';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import { punctuation } from '$lib/editions/punctuation';
import type { Stage, StageInfo } from './stages';

export interface StageRow {
	id: Stage;
	stage: string;
	what: string;
	share: string;
	source: string;
}

export function describeMap(stages: StageInfo[], current: Stage, places: Place[], locale: Locale = 'en'): string {
	const stage = stages.find((s) => s.id === current);
	const towns = places.map((p) => p.name).join(punctuation(locale).comma);
	const lead = m.map_describe_lead({ towns }, { locale });
	if (!stage) return lead;
	const shown = stage.hasLine
		? m.map_describe_line({ line: stage.name.toLowerCase(), sentence: stage.sentence }, { locale })
		: m.map_describe_before({ stage: stage.name.toLowerCase(), sentence: stage.sentence }, { locale });
	const others = stages.filter((s) => s.hasLine && s.id !== current).map((s) => s.name.toLowerCase());
	const faint = others.length
		? ` ${m.map_describe_faint({ count: others.length, lines: joinAnd(others, locale) }, { locale })}`
		: '';
	return `${lead} ${shown}${faint} ${m.map_describe_schematic({}, { locale })}`;
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

function joinAnd(items: string[], locale: Locale): string {
	if (items.length < 2) return items.join('');
	return m.map_and(
		{ items: items.slice(0, -1).join(punctuation(locale).comma), last: items[items.length - 1] },
		{ locale }
	);
}
