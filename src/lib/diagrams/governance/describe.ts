// The organigram as text: a description and one table row per relation, made from the same data as the drawing, in the
// edition's words.
import type { Actor, Relation } from '$lib/content/types';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import { punctuation } from '$lib/editions/punctuation';

export interface RelationRow {
	from: string;
	relation: string;
	to: string;
	points: string;
}

const nameOf = (id: string, actors: Record<string, Pick<Actor, 'name'>>) => actors[id]?.name ?? id;

export function relationRows(
	relations: Relation[],
	actors: Record<string, Pick<Actor, 'name'>>,
	locale: Locale = 'en'
): RelationRow[] {
	return relations.map((r) => ({
		from: nameOf(r.from, actors),
		relation: r.label,
		to: nameOf(r.to, actors),
		points: r.points.length
			? r.points.join(punctuation(locale).comma)
			: m.diagram_governance_not_in_plan({}, { locale })
	}));
}

export function describeGovernance(
	relations: Relation[],
	actors: Record<string, Pick<Actor, 'name'>>,
	focus: string[],
	locale: Locale = 'en'
): string {
	const { comma } = punctuation(locale);
	const names = [...new Set(relations.flatMap((r) => [r.from, r.to]))].map((id) => nameOf(id, actors));
	const inFocus = focus.map((id) => nameOf(id, actors));
	const all = m.diagram_governance_describe(
		{
			relations: m.diagram_governance_relations({ count: relations.length }, { locale }),
			actors: m.diagram_governance_actors({ count: names.length }, { locale }),
			names: names.join(comma)
		},
		{ locale }
	);
	return inFocus.length
		? `${all} ${m.diagram_governance_highlighted({ names: inFocus.join(comma) }, { locale })}`
		: all;
}
