// The governance chart's rules held against the actors and relations: every relation drawn as an arrow or written in a
// box, every box on the chart and apart from its neighbours, nothing placed twice, and every body its since view marks
// resting on the events its point's status rests on.
import { CHART_WIDTH, STAGE_CHART_WIDTH, type FileName, type RawContent } from './schema';

/** The `from` of an arrow drawn from the whole top row (the guarantors and mediators) at once. */
export const TOP_TIER = 'top-tier';

type Report = (file: FileName, path: string, expected: string) => void;

/** The actors a quote can be anchored to on the chart: those with a box, and those written inside one. */
export function actorsOnChart(chart: RawContent['governance-chart.json']): Set<string> {
	return new Set([...chart.rows.flatMap((r) => r.slots.map((s) => s.actor)), ...chart.inside.map((e) => e.from)]);
}

/** The rows and arrows of one placement of the chart: on a page, or on a slide's whole stage. */
type Placement = Pick<RawContent['governance-chart.json'], 'arrows'> & {
	rows: { slots: { actor: string; x: number; width: number }[] }[];
};

/**
 * One placement's boxes and arrows: every box an actor's, placed once, within the width and right of the one before;
 * every arrow between boxes and drawing a relation. Returns where each actor is placed.
 */
function checkPlacement(
	{ rows, arrows }: Placement,
	{ at, actors, relations, width, prefix }: PlacementCheck
): Map<string, string> {
	const file = 'governance-chart.json';
	const boxAt = new Map<string, string>();
	rows.forEach((row, i) =>
		row.slots.forEach((slot, j) => {
			const path = `${prefix}rows[${i}].slots[${j}]`;
			if (!actors.has(slot.actor)) at(file, `${path}.actor`, `an actor id that exists (found "${slot.actor}")`);
			const earlier = boxAt.get(slot.actor);
			if (earlier) at(file, `${path}.actor`, `each actor placed once ("${slot.actor}" is also at ${earlier})`);
			boxAt.set(slot.actor, path);
			const right = slot.x + slot.width;
			if (right > width)
				at(file, `${path}.width`, `a box within the chart's ${width} units (this one ends at ${right})`);
			const before = row.slots[j - 1];
			if (before && before.x + before.width > slot.x)
				at(file, `${path}.x`, `a box right of the one before it (which ends at ${before.x + before.width})`);
		})
	);
	const placed = (actor: string) => boxAt.has(actor);
	const topRow = rows[0].slots.map((s) => s.actor);
	arrows.forEach((arrow, i) => {
		const path = `${prefix}arrows[${i}]`;
		if (arrow.from !== TOP_TIER && !placed(arrow.from))
			at(file, `${path}.from`, `"${TOP_TIER}" or an actor with a box on the chart (found "${arrow.from}")`);
		if (!placed(arrow.to)) at(file, `${path}.to`, `an actor with a box on the chart (found "${arrow.to}")`);
		const from = arrow.from === TOP_TIER ? topRow : [arrow.from];
		if (!relations.some((r) => from.includes(r.from) && r.to === arrow.to && r.kind === arrow.kind))
			at(file, path, `a relation in relations.json that it draws (${arrow.from} ${arrow.kind} ${arrow.to})`);
	});
	return boxAt;
}

interface PlacementCheck {
	at: Report;
	actors: Set<string | number>;
	relations: RawContent['relations.json'];
	width: number;
	/** Where the placement sits in the file: "" for the page's, "stage." for the stage's. */
	prefix: string;
}

export function checkGovernanceChart(content: RawContent, actors: Set<string | number>, at: Report): void {
	const file = 'governance-chart.json';
	const chart = content[file];
	const relations = content['relations.json'];
	const boxAt = checkPlacement(chart, { at, actors, relations, width: CHART_WIDTH, prefix: '' });
	const placed = (actor: string) => boxAt.has(actor);

	// The stage draws the same chart: the same boxes, the same top row.
	const onStage = checkPlacement(chart.stage, { at, actors, relations, width: STAGE_CHART_WIDTH, prefix: 'stage.' });
	for (const actor of boxAt.keys())
		if (!onStage.has(actor)) at(file, 'stage.rows', `a box for "${actor}", as on the page's chart`);
	for (const [actor, path] of onStage)
		if (!placed(actor)) at(file, `${path}.actor`, `an actor with a box on the page's chart (found "${actor}")`);
	const top = (rows: Placement['rows']) => rows[0].slots.map((s) => s.actor).join(', ');
	if (top(chart.stage.rows) !== top(chart.rows))
		at(file, 'stage.rows[0]', `the page's top row in its order (${top(chart.rows)}); found ${top(chart.stage.rows)}`);

	chart.inside.forEach((entry, i) => {
		if (!relations.some((r) => r.from === entry.from && r.to === entry.to))
			at(file, `inside[${i}]`, `a relation from "${entry.from}" to "${entry.to}" in relations.json`);
		if (!placed(entry.box)) at(file, `inside[${i}].box`, `an actor with a box on the chart (found "${entry.box}")`);
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
