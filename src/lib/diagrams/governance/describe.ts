// The organigram as text: a description and one table row per relation, made from the same data as the drawing.
import type { Actor, Relation } from '$lib/content/types';

export interface RelationRow {
	from: string;
	relation: string;
	to: string;
	points: string;
}

const nameOf = (id: string, actors: Record<string, Pick<Actor, 'name'>>) => actors[id]?.name ?? id;

export function relationRows(relations: Relation[], actors: Record<string, Pick<Actor, 'name'>>): RelationRow[] {
	return relations.map((r) => ({
		from: nameOf(r.from, actors),
		relation: r.label,
		to: nameOf(r.to, actors),
		points: r.points.length ? r.points.join(', ') : '— (not in the plan’s text)'
	}));
}

export function describeGovernance(
	relations: Relation[],
	actors: Record<string, Pick<Actor, 'name'>>,
	focus: string[]
): string {
	const names = [...new Set(relations.flatMap((r) => [r.from, r.to]))].map((id) => nameOf(id, actors));
	const inFocus = focus.map((id) => nameOf(id, actors));
	return (
		`Who oversees, trains, hands over to, guarantees, mediates or excludes whom, ` +
		`in the plan and the October 2025 talks: ${relations.length} relations between ` +
		`${names.length} actors (${names.join(', ')}), each listed in the table.` +
		(inFocus.length ? ` Highlighted at this phase: ${inFocus.join(', ')}.` : '')
	);
}
