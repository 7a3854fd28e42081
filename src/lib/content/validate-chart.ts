// The governance chart's rules held against the actors and relations: every relation drawn as an arrow or written in a
// box, every box on the chart and apart from its neighbours, nothing placed twice, and every body its since view marks
// resting on the events its point's status rests on.
import { CHART_WIDTH, type FileName, type RawContent } from './schema';

/** The `from` of an arrow drawn from the whole top row (the guarantors and mediators) at once. */
export const TOP_TIER = 'top-tier';

type Report = (file: FileName, path: string, expected: string) => void;

/** The actors a quote can be anchored to on the chart: those with a box, and those written inside one. */
export function actorsOnChart(chart: RawContent['governance-chart.json']): Set<string> {
	return new Set([...chart.rows.flatMap((r) => r.slots.map((s) => s.actor)), ...chart.inside.map((e) => e.from)]);
}

export function checkGovernanceChart(content: RawContent, actors: Set<string | number>, at: Report): void {
	const file = 'governance-chart.json';
	const chart = content[file];
	const boxAt = new Map<string, string>();
	chart.rows.forEach((row, i) =>
		row.slots.forEach((slot, j) => {
			const path = `rows[${i}].slots[${j}]`;
			if (!actors.has(slot.actor)) at(file, `${path}.actor`, `an actor id that exists (found "${slot.actor}")`);
			const earlier = boxAt.get(slot.actor);
			if (earlier) at(file, `${path}.actor`, `each actor placed once ("${slot.actor}" is also at ${earlier})`);
			boxAt.set(slot.actor, path);
			const right = slot.x + slot.width;
			if (right > CHART_WIDTH)
				at(file, `${path}.width`, `a box within the chart's ${CHART_WIDTH} units (this one ends at ${right})`);
			const before = row.slots[j - 1];
			if (before && before.x + before.width > slot.x)
				at(file, `${path}.x`, `a box right of the one before it (which ends at ${before.x + before.width})`);
		})
	);
	const placed = (actor: string) => boxAt.has(actor);
	const topRow = chart.rows[0].slots.map((s) => s.actor);
	const relations = content['relations.json'];

	chart.inside.forEach((entry, i) => {
		if (!relations.some((r) => r.from === entry.from && r.to === entry.to))
			at(file, `inside[${i}]`, `a relation from "${entry.from}" to "${entry.to}" in relations.json`);
		if (!placed(entry.box)) at(file, `inside[${i}].box`, `an actor with a box on the chart (found "${entry.box}")`);
	});

	chart.arrows.forEach((arrow, i) => {
		if (arrow.from !== TOP_TIER && !placed(arrow.from))
			at(file, `arrows[${i}].from`, `"${TOP_TIER}" or an actor with a box on the chart (found "${arrow.from}")`);
		if (!placed(arrow.to)) at(file, `arrows[${i}].to`, `an actor with a box on the chart (found "${arrow.to}")`);
		const from = arrow.from === TOP_TIER ? topRow : [arrow.from];
		if (!relations.some((r) => from.includes(r.from) && r.to === arrow.to && r.kind === arrow.kind))
			at(file, `arrows[${i}]`, `a relation in relations.json that it draws (${arrow.from} ${arrow.kind} ${arrow.to})`);
	});

	// A body marked in the since view has a box, and each step rests on an event of the point that sets the body up.
	(chart.since ?? []).forEach((body, i) => {
		if (!placed(body.actor)) at(file, `since[${i}].actor`, `an actor with a box on the chart (found "${body.actor}")`);
		const tracked = content['tracker.json'].find((t) => t.point === body.point);
		body.steps.forEach((step, j) => {
			if (!tracked?.events.includes(step.event))
				at(
					file,
					`since[${i}].steps[${j}].event`,
					`an event that the status of point ${body.point} rests on (tracker.json); found "${step.event}"`
				);
		});
	});

	relations.forEach((r, i) => {
		if (chart.inside.some((e) => e.from === r.from && e.to === r.to)) return;
		for (const end of ['from', 'to'] as const)
			if (!placed(r[end]))
				at(
					'relations.json',
					`[${i}].${end}`,
					`an actor with a box on the governance chart, or the relation written inside a box there ` +
						`(data/governance-chart.json "rows" or "inside"); found "${r[end]}"`
				);
	});
}
