// Validates the raw files of data/ once: shapes, unique ids, references between files, safe markdown.
import type { z } from 'zod';
import { diagramKinds, files, type DiagramKind, type FileName, type RawContent } from './schema';
import { actorsOnChart, checkGovernanceChart } from './validate-chart';
import { checkSince } from './validate-since';

export interface ContentIssue {
	file: string;
	/** Where inside the file, e.g. "[2].points[0]". */
	path: string;
	expected: string;
}

export class ContentError extends Error {
	constructor(readonly issues: ContentIssue[]) {
		super(
			`Content in data/ is invalid (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n` +
				issues.map((i) => `  data/${i.file} at ${i.path || '(root)'}: expected ${i.expected}`).join('\n')
		);
		this.name = 'ContentError';
	}
}

export function formatPath(path: ReadonlyArray<PropertyKey>): string {
	return path
		.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`))
		.join('')
		.replace(/^\./, '');
}

export function describeIssue(issue: z.core.$ZodIssue): string {
	if (issue.code === 'invalid_type' && issue.expected === 'int') return 'a whole number';
	if (issue.code === 'invalid_type') {
		const received = issue.message.match(/received (\w+)/)?.[1];
		return `${issue.expected}${received ? `, got ${received}` : ''}`;
	}
	if (issue.code === 'unrecognized_keys') return `no unknown field (found ${issue.keys.join(', ')})`;
	if (issue.code === 'invalid_value') return `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
	if (issue.code === 'invalid_union') return `a diagram with a known "kind" (${diagramKinds.join(', ')})`;
	if (issue.code === 'too_small' && issue.origin === 'string') return 'a non-empty string';
	if (issue.code === 'too_big' && issue.origin === 'number') return `a number of at most ${issue.maximum}`;
	if (issue.code === 'too_small' && issue.origin === 'number') return `a number of at least ${issue.minimum}`;
	if (issue.code === 'custom') return issue.message;
	return issue.message.replace(/^Invalid input: expected /, '');
}

/** Markdown may not carry raw script, event handlers or javascript: links; the sanitizer strips them too. */
export const unsafeMarkdown =
	/<\s*\/?\s*(script|iframe|object|embed|style)\b|\son\w+\s*=|javascript\s*:|data\s*:\s*text\/html/i;

/** Which element ids each diagram can anchor a quote to, beyond ids that come from the data itself. */
const fixedAnchors: Partial<Record<DiagramKind, readonly string[]>> = {
	exchange: ['hostages-alive', 'hostages-deceased', 'prisoners-life', 'detainees', 'remains'],
	map: ['yellow', 'second', 'buffer']
};

export function validateContent(raw: Record<string, unknown>): RawContent {
	const issues: ContentIssue[] = [];
	const parsed: Partial<Record<FileName, unknown>> = {};

	for (const [file, schema] of Object.entries(files) as [FileName, z.ZodType][]) {
		if (!(file in raw) || raw[file] === undefined) {
			issues.push({ file, path: '', expected: 'the file to exist' });
			continue;
		}
		const result = schema.safeParse(raw[file]);
		if (result.success) parsed[file] = result.data;
		else
			for (const issue of result.error.issues)
				issues.push({ file, path: formatPath(issue.path), expected: describeIssue(issue) });
	}
	if (issues.length) throw new ContentError(issues);
	const content = parsed as RawContent;

	const at = (file: FileName, path: string, expected: string) => issues.push({ file, path, expected });

	/** Ids of one file, reporting duplicates. */
	function ids<T>(file: FileName, items: T[], key: (item: T) => string | number, what = 'id'): Set<string | number> {
		const seen = new Set<string | number>();
		items.forEach((item, i) => {
			const value = key(item);
			if (seen.has(value)) at(file, `[${i}].${what}`, `a unique ${what} (${JSON.stringify(value)} is used twice)`);
			seen.add(value);
		});
		return seen;
	}
	function ref(known: Set<string | number>, file: FileName, path: string, value: string | number, what: string) {
		if (!known.has(value)) at(file, path, `${what} that exists (found ${JSON.stringify(value)})`);
	}

	const sources = ids('sources.json', content['sources.json'], (s) => s.id);
	const quotes = ids('quotes.json', content['quotes.json'], (q) => q.id);
	const themes = ids('themes.json', content['themes.json'], (t) => t.id);
	const points = ids('points.json', content['points.json'], (p) => p.number, 'number');
	const phases = ids('phases.json', content['phases.json'], (p) => p.id);
	const figures = ids('figures.json', content['figures.json'], (f) => f.id);
	const actors = ids('actors.json', content['actors.json'], (a) => a.id);
	ids('events.json', content['events.json'], (e) => e.id);
	ids('glossary.json', content['glossary.json'], (g) => g.id);
	const places = ids('geo/places.json', content['geo/places.json'], (p) => p.id);
	ids('geo/lines.json', content['geo/lines.json'], (l) => l.id);

	for (let n = 1; n <= 20; n++) if (!points.has(n)) at('points.json', '', `point ${n} of the plan's 20`);

	content['quotes.json'].forEach((q, i) => {
		ref(sources, 'quotes.json', `[${i}].source`, q.source, 'a source id');
		if (q.actor) ref(actors, 'quotes.json', `[${i}].actor`, q.actor, 'an actor id');
		q.tags.phases.forEach((p, j) => ref(phases, 'quotes.json', `[${i}].tags.phases[${j}]`, p, 'a phase id'));
		q.tags.points.forEach((p, j) => ref(points, 'quotes.json', `[${i}].tags.points[${j}]`, p, 'a point number'));
		q.tags.actors.forEach((a, j) => ref(actors, 'quotes.json', `[${i}].tags.actors[${j}]`, a, 'an actor id'));
		q.tags.figures.forEach((f, j) => ref(figures, 'quotes.json', `[${i}].tags.figures[${j}]`, f, 'a figure id'));
	});

	content['points.json'].forEach((p, i) => {
		ref(themes, 'points.json', `[${i}].theme`, p.theme, 'a theme id');
		p.phases.forEach((ph, j) => ref(phases, 'points.json', `[${i}].phases[${j}]`, ph, 'a phase id'));
		if (unsafeMarkdown.test(p.summary))
			at('points.json', `[${i}].summary`, 'markdown without script, event handlers or javascript: links');
	});

	const anchorsFor: Record<DiagramKind, Set<string | number>> = {
		sequence: phases,
		exchange: new Set(fixedAnchors.exchange),
		map: new Set([...(fixedAnchors.map ?? []), ...places]),
		governance: actorsOnChart(content['governance-chart.json']),
		figures
	};
	content['phases.json'].forEach((phase, i) => {
		phase.dependsOn.forEach((d, j) => ref(phases, 'phases.json', `[${i}].dependsOn[${j}]`, d, 'a phase id'));
		phase.points.forEach((n, j) => {
			ref(points, 'phases.json', `[${i}].points[${j}]`, n, 'a point number');
			const point = content['points.json'].find((p) => p.number === n);
			if (point && !point.phases.includes(phase.id))
				at('phases.json', `[${i}].points[${j}]`, `point ${n} to list phase "${phase.id}" in its phases too`);
		});
		phase.quotes.forEach((q, j) => ref(quotes, 'phases.json', `[${i}].quotes[${j}].quote`, q.quote, 'a quote id'));
		phase.diagrams.forEach((d, j) => {
			d.annotations.forEach((a, k) => {
				const path = `[${i}].diagrams[${j}].annotations[${k}]`;
				ref(quotes, 'phases.json', `${path}.quote`, a.quote, 'a quote id');
				ref(anchorsFor[d.kind], 'phases.json', `${path}.anchor`, a.anchor, `an element of the ${d.kind} diagram`);
			});
			if ('focus' in d)
				d.focus.forEach((f, k) =>
					ref(
						anchorsFor[d.kind],
						'phases.json',
						`[${i}].diagrams[${j}].focus[${k}]`,
						f,
						`an element of the ${d.kind} diagram`
					)
				);
		});
		if (unsafeMarkdown.test(phase.body))
			at('phases.json', `[${i}].body`, 'markdown without script, event handlers or javascript: links');
	});

	ids('lesson-plan.json', content['lesson-plan.json'], (l) => l.phase, 'phase');
	content['lesson-plan.json'].forEach((l, i) => ref(phases, 'lesson-plan.json', `[${i}].phase`, l.phase, 'a phase id'));
	const planned = new Set(content['lesson-plan.json'].map((l) => l.phase));
	content['phases.json'].forEach((p) => {
		if (!planned.has(p.id)) at('lesson-plan.json', '', `a plan for phase "${p.id}"`);
	});

	content['figures.json'].forEach((f, i) => {
		f.values.forEach((v, j) => {
			if (v.source) ref(sources, 'figures.json', `[${i}].values[${j}].source`, v.source, 'a source id');
			if (v.planPoint) ref(points, 'figures.json', `[${i}].values[${j}].planPoint`, v.planPoint, 'a point number');
			if (v.quote) ref(quotes, 'figures.json', `[${i}].values[${j}].quote`, v.quote, 'a quote id');
		});
		if (!f.note && f.values.some((v) => v.value !== f.values[0].value))
			at('figures.json', `[${i}].note`, 'a note saying why the sources differ');
	});
	ids('order-disputes.json', content['order-disputes.json'], (d) => d.id);
	content['order-disputes.json'].forEach((d, i) => {
		ref(phases, 'order-disputes.json', `[${i}].into`, d.into, 'a phase id');
		d.swap?.forEach((p, j) => ref(phases, 'order-disputes.json', `[${i}].swap[${j}]`, p, 'a phase id'));
		d.statements.forEach((s, j) => {
			if (s.source) ref(sources, 'order-disputes.json', `[${i}].statements[${j}].source`, s.source, 'a source id');
			if (s.point) ref(points, 'order-disputes.json', `[${i}].statements[${j}].point`, s.point, 'a point number');
		});
	});
	content['relations.json'].forEach((r, i) => {
		ref(actors, 'relations.json', `[${i}].from`, r.from, 'an actor id');
		ref(actors, 'relations.json', `[${i}].to`, r.to, 'an actor id');
	});
	checkGovernanceChart(content, actors, at);
	checkSince(content, { sources, points, phases }, { at, ids, ref });
	content['glossary.json'].forEach((g, i) => {
		if (unsafeMarkdown.test(g.definition))
			at('glossary.json', `[${i}].definition`, 'markdown without script, event handlers or javascript: links');
	});

	if (issues.length) throw new ContentError(issues);
	return content;
}
