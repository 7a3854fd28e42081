// What became of the bodies the plan sets up, made once per build: the organigram again, the bodies the chart marks
// (data/governance-chart.json "since") each with its point's status now and the dated steps it rests on.
import { statusNowWords } from '$lib/content/status-now-words';
import type { Content, ImplementationStatus } from '$lib/content/types';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import { statusMarks, type StatusTone } from '$lib/since/status-marks';
import { punctuation } from '$lib/editions/punctuation';
import { sinceReader, type SinceFacts, type SinceText } from '../since';
import { sinceFacts } from '../since-markup';
import { layoutGovernance, type GovernanceLayout } from './layout';

export interface MarkedBody {
	actor: string;
	status: ImplementationStatus;
	tone: StatusTone;
}

export interface GovernanceSince extends SinceFacts {
	/** The since drawing's own SVG title, in the edition's words. */
	svgTitle: string;
	/** The organigram with each marked body's status and steps written at the foot of its box. */
	layout: GovernanceLayout;
	marked: MarkedBody[];
}

/** The since view's drawing and words, before its words become markup. */
export function governanceSince(
	content: Content,
	locale: Locale = 'en'
): Omit<GovernanceSince, keyof SinceFacts | 'svgTitle'> & { text: SinceText } {
	const read = sinceReader(content, locale);
	const { comma, semicolon } = punctuation(locale);
	const label = (status: ImplementationStatus) => statusNowWords[status].label({}, { locale });
	const names = Object.fromEntries(content.actors.map((a) => [a.id, a.name]));
	const bodies = (content.governanceChart.since ?? []).map((body) => {
		const { status } = content.trackerByPoint[body.point];
		// In the box a date and its ⚠ stay on one line: no-break spaces join them (src/lib/diagrams/text.ts).
		const step = (s: (typeof body.steps)[number], space: string) => {
			const when = [read.when(s.event), ...(read.event(s.event).caveat ? ['⚠'] : [])].join(' ');
			return `${s.text}${comma}${when.replace(/ /g, space)}`;
		};
		const steps = body.steps.map((s) => step(s, ' '));
		const boxSteps = body.steps.map((s) => step(s, '\u00a0'));
		const mark = `${statusMarks[status].glyph} ${label(status)}`;
		return { body, status, mark, steps, boxSteps, name: names[body.actor] ?? body.actor };
	});
	const layout = layoutGovernance({
		chart: content.governanceChart,
		relations: content.relations,
		names,
		marks: Object.fromEntries(bodies.map((b) => [b.body.actor, [b.mark, ...b.boxSteps]])),
		locale
	});
	const events = bodies.flatMap((b) => b.body.steps.map((s) => s.event));
	return {
		layout,
		marked: bodies.map((b) => ({ actor: b.body.actor, status: b.status, tone: statusMarks[b.status].tone })),
		text: {
			description: m.diagram_governance_since_description(
				{ list: bodies.map((b) => `${b.name}: ${label(b.status)} (${b.steps.join(semicolon)})`).join(semicolon) },
				{ locale }
			),
			asOf: read.asOf,
			columns: [
				m.diagram_column_body({}, { locale }),
				m.diagram_column_status_now({}, { locale }),
				m.diagram_column_what_happened({}, { locale }),
				m.diagram_column_plan_point({}, { locale })
			],
			rows: bodies.map((b) => ({
				cells: [b.name, b.mark, b.steps.join(semicolon), String(b.body.point)],
				citations: read.citations({ events: b.body.steps.map((s) => s.event) })
			})),
			caveats: read.caveats(events)
		}
	};
}

export function makeGovernanceSince(content: Content, locale: Locale = 'en'): GovernanceSince {
	const { text, ...drawn } = governanceSince(content, locale);
	const svgTitle = m.diagram_governance_since_svg_title({}, { locale });
	return { ...drawn, svgTitle, ...sinceFacts(text, { locale }) };
}
