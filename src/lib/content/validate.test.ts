// Tests that validation stops on bad content, naming the file, the place in it and what was expected: each fault is
// put into the fixture content (tests/fixtures/content/), and the real data/ folder must pass.
import { describe, expect, it } from 'vitest';
import { fixtureFolder, readDataFolder } from './test-content';
import { ContentError, validateContent } from './validate';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The fixture with one fault put in by `spoil`. */
function spoiled(spoil: (data: Json) => void): Json {
	const data = structuredClone(readDataFolder(fixtureFolder));
	spoil(data);
	return data;
}

function issuesOf(data: Json): string {
	try {
		validateContent(data);
	} catch (error) {
		expect(error).toBeInstanceOf(ContentError);
		return (error as ContentError).message;
	}
	throw new Error('validation passed but should have failed');
}

describe('validateContent', () => {
	it('accepts the real data/ folder', () => {
		expect(() => validateContent(readDataFolder())).not.toThrow();
	});

	it('accepts the fixture', () => {
		expect(() => validateContent(readDataFolder(fixtureFolder))).not.toThrow();
	});

	const cases: { name: string; spoil: (d: Json) => void; message: string }[] = [
		{
			name: 'a missing field',
			spoil: (d) => delete d['quotes.json'][0].speaker,
			message: 'data/quotes.json at [0].speaker: expected string, got undefined'
		},
		{
			name: 'a wrong type',
			spoil: (d) => (d['points.json'][2].number = 'three'),
			message: 'data/points.json at [2].number: expected number, got string'
		},
		{
			name: 'a number that is not a number',
			spoil: (d) => (d['figures.json'][0].values[0].value = '1,000'),
			message: 'data/figures.json at [0].values[0].value: expected number, got string'
		},
		{
			name: 'an empty quote',
			spoil: (d) => (d['quotes.json'][1].text = '   '),
			message: 'data/quotes.json at [1].text: expected a non-empty string'
		},
		{
			name: 'an unknown field (a typo)',
			spoil: (d) => (d['phases.json'][0].tittle = 'x'),
			message: 'data/phases.json at [0]: expected no unknown field (found tittle)'
		},
		{
			name: 'a diagram of an unknown kind',
			spoil: (d) => (d['phases.json'][0].diagrams[0].kind = 'timeline'),
			message:
				'data/phases.json at [0].diagrams[0].kind: ' +
				'expected a diagram with a known "kind" (sequence, exchange, map, governance, figures)'
		},
		{
			name: 'a duplicate id',
			spoil: (d) => (d['quotes.json'][3].id = d['quotes.json'][2].id),
			message: 'data/quotes.json at [3].id: expected a unique id ("fixture-detainees" is used twice)'
		},
		{
			name: 'a quote citing an unknown source',
			spoil: (d) => (d['quotes.json'][0].source = 'article-z'),
			message: 'data/quotes.json at [0].source: expected a source id that exists (found "article-z")'
		},
		{
			name: 'a phase naming an unknown quote',
			spoil: (d) => (d['phases.json'][1].quotes[0].quote = 'nobody-said-this'),
			message: 'data/phases.json at [1].quotes[0].quote: expected a quote id that exists (found "nobody-said-this")'
		},
		{
			name: 'a point naming an unknown phase',
			spoil: (d) => (d['points.json'][0].phases = ['phase-nine']),
			message: 'data/points.json at [0].phases[0]: expected a phase id that exists (found "phase-nine")'
		},
		{
			name: 'a phase naming a point that does not list it back',
			spoil: (d) => d['phases.json'][0].points.push(20),
			message: 'data/phases.json at [0].points[3]: expected point 20 to list phase "phase-one" in its phases too'
		},
		{
			name: 'a missing point of the 20',
			spoil: (d) => (d['points.json'] = d['points.json'].filter((p: Json) => p.number !== 14)),
			message: "data/points.json at (root): expected point 14 of the plan's 20"
		},
		{
			name: 'a diagram quote anchored to nothing',
			spoil: (d) =>
				d['phases.json'][0].diagrams[0].annotations.push({ quote: d['quotes.json'][0].id, anchor: 'the-moon' }),
			message:
				'data/phases.json at [0].diagrams[0].annotations[1].anchor: ' +
				'expected an element of the sequence diagram that exists (found "the-moon")'
		},
		{
			name: 'markdown with a script in it',
			spoil: (d) => (d['phases.json'][2].body += '\n\n<script>alert(1)</script>'),
			message: 'data/phases.json at [2].body: expected markdown without script, event handlers or javascript: links'
		},
		{
			name: 'markdown with a javascript: link',
			spoil: (d) => (d['glossary.json'][0].definition = '[click](javascript:alert(1))'),
			message:
				'data/glossary.json at [0].definition: expected markdown without script, event handlers or javascript: links'
		},
		{
			name: 'a missing file',
			spoil: (d) => delete d['events.json'],
			message: 'data/events.json at (root): expected the file to exist'
		},
		{
			name: 'a lesson plan of no time',
			spoil: (d) => (d['lesson-plan.json'][0].minutes = 0),
			message: 'data/lesson-plan.json at [0].minutes: expected a number of at least 1'
		},
		{
			name: 'a lesson plan timed in parts of a minute',
			spoil: (d) => (d['lesson-plan.json'][1].minutes = 7.5),
			message: 'data/lesson-plan.json at [1].minutes: expected a whole number'
		},
		{
			name: 'a lesson plan without aims',
			spoil: (d) => (d['lesson-plan.json'][0].aims = []),
			message: 'data/lesson-plan.json at [0].aims: expected two or three aims'
		},
		{
			name: 'a lesson plan with an empty aim',
			spoil: (d) => (d['lesson-plan.json'][2].aims[1] = ' '),
			message: 'data/lesson-plan.json at [2].aims[1]: expected a non-empty string'
		},
		{
			name: 'a lesson plan without its university activity',
			spoil: (d) => delete d['lesson-plan.json'][0].activity.university,
			message: 'data/lesson-plan.json at [0].activity.university: expected string, got undefined'
		},
		{
			name: 'a lesson plan for an unknown phase',
			spoil: (d) => (d['lesson-plan.json'][1].phase = 'phase-nine'),
			message: 'data/lesson-plan.json at [1].phase: expected a phase id that exists (found "phase-nine")'
		},
		{
			name: 'a phase without a lesson plan',
			spoil: (d) => d['lesson-plan.json'].pop(),
			message: 'data/lesson-plan.json at (root): expected a plan for phase "phase-three"'
		},
		{
			name: 'two lesson plans for one phase',
			spoil: (d) => (d['lesson-plan.json'][1].phase = 'phase-one'),
			message: 'data/lesson-plan.json at [1].phase: expected a unique phase ("phase-one" is used twice)'
		},
		{
			name: 'figures that differ without a note',
			spoil: (d) => delete d['figures.json'][0].note,
			message: 'data/figures.json at [0].note: expected a note saying why the sources differ'
		}
	];

	it.each(cases)('stops on $name, naming the file, the path and what was expected', ({ spoil, message }) => {
		expect(issuesOf(spoiled(spoil))).toContain(message);
	});

	it('lists every problem at once, not just the first', () => {
		const message = issuesOf(
			spoiled((d) => {
				d['quotes.json'][0].source = 'article-z';
				d['events.json'][0].phases = ['phase-nine'];
			})
		);
		expect(message).toMatch(/invalid \(2 problems\)/);
		expect(message).toContain('data/quotes.json at [0].source');
		expect(message).toContain('data/events.json at [0].phases[0]');
	});
});

describe('validateContent: the governance chart', () => {
	// The fixture's chart: North and South on top; the board (x 8, 200 wide) and the party (x 240, 152 wide); the force
	// and the police. The chair is written inside the board's box. Phase two's fourth diagram is the governance chart.
	const chart = (d: Json) => d['governance-chart.json'];
	const cases: { name: string; spoil: (d: Json) => void; message: string }[] = [
		{
			name: 'a box for an actor that does not exist',
			spoil: (d) => (chart(d).rows[1].slots[1].actor = 'fixture-nobody'),
			message:
				'data/governance-chart.json at rows[1].slots[1].actor: ' +
				'expected an actor id that exists (found "fixture-nobody")'
		},
		{
			name: 'an actor placed twice',
			spoil: (d) => (chart(d).rows[2].slots[1].actor = 'fixture-board'),
			message:
				'data/governance-chart.json at rows[2].slots[1].actor: ' +
				'expected each actor placed once ("fixture-board" is also at rows[1].slots[0])'
		},
		{
			name: 'a box past the chart’s right edge',
			spoil: (d) => (chart(d).rows[1].slots[1].width = 170),
			message:
				'data/governance-chart.json at rows[1].slots[1].width: ' +
				"expected a box within the chart's 400 units (this one ends at 410)"
		},
		{
			name: 'a box over the one before it',
			spoil: (d) => (chart(d).rows[1].slots[1].x = 200),
			message:
				'data/governance-chart.json at rows[1].slots[1].x: ' +
				'expected a box right of the one before it (which ends at 208)'
		},
		{
			name: 'a line inside a box for a relation that does not exist',
			spoil: (d) => (chart(d).inside[0].to = 'fixture-party'),
			message:
				'data/governance-chart.json at inside[0]: ' +
				'expected a relation from "fixture-chair" to "fixture-party" in relations.json'
		},
		{
			name: 'a line inside a box that is not on the chart',
			spoil: (d) => (chart(d).inside[0].box = 'fixture-bystander'),
			message:
				'data/governance-chart.json at inside[0].box: ' +
				'expected an actor with a box on the chart (found "fixture-bystander")'
		},
		{
			name: 'an arrow from an actor without a box',
			spoil: (d) => (chart(d).arrows[2].from = 'fixture-bystander'),
			message:
				'data/governance-chart.json at arrows[2].from: ' +
				'expected "top-tier" or an actor with a box on the chart (found "fixture-bystander")'
		},
		{
			name: 'an arrow to an actor without a box',
			spoil: (d) => (chart(d).arrows[1].to = 'fixture-chair'),
			message:
				'data/governance-chart.json at arrows[1].to: expected an actor with a box on the chart (found "fixture-chair")'
		},
		{
			name: 'an arrow that draws no relation',
			spoil: (d) => (chart(d).arrows[3].kind = 'funds'),
			message:
				'data/governance-chart.json at arrows[3]: ' +
				'expected a relation in relations.json that it draws (fixture-force funds fixture-police)'
		},
		{
			name: 'a body its since view marks that has no box',
			spoil: (d) => (chart(d).since[0].actor = 'fixture-bystander'),
			message:
				'data/governance-chart.json at since[0].actor: ' +
				'expected an actor with a box on the chart (found "fixture-bystander")'
		},
		{
			name: 'a step of a body that its point’s status does not rest on',
			spoil: (d) => (chart(d).since[1].steps[0].event = 'fixture-event-two'),
			message:
				'data/governance-chart.json at since[1].steps[0].event: ' +
				'expected an event that the status of point 16 rests on (tracker.json); found "fixture-event-two"'
		},
		{
			name: 'a relation the chart cannot place',
			spoil: (d) =>
				d['relations.json'].push({
					from: 'fixture-bystander',
					to: 'fixture-party',
					kind: 'mediates',
					label: 'fixture talks',
					points: []
				}),
			message:
				'data/relations.json at [6].from: expected an actor with a box on the governance chart, or the relation ' +
				'written inside a box there (data/governance-chart.json "rows" or "inside"); found "fixture-bystander"'
		},
		{
			name: 'a stage that leaves out a box of the page’s chart',
			spoil: (d) => chart(d).stage.rows[2].slots.pop(),
			message: 'data/governance-chart.json at stage.rows: expected a box for "fixture-police", as on the page\'s chart'
		},
		{
			name: 'a box past the stage’s right edge',
			spoil: (d) => (chart(d).stage.rows[2].slots[1].width = 600),
			message:
				'data/governance-chart.json at stage.rows[2].slots[1].width: ' +
				"expected a box within the chart's 1100 units (this one ends at 1200)"
		},
		{
			name: 'a stage whose top row is not the page’s',
			spoil: (d) => chart(d).stage.rows[0].slots.reverse(),
			message:
				"data/governance-chart.json at stage.rows[0]: expected the page's top row in its order " +
				'(guarantor-north, guarantor-south); found guarantor-south, guarantor-north'
		},
		{
			name: 'a stage arrow that draws no relation',
			spoil: (d) => (chart(d).stage.arrows[3].kind = 'funds'),
			message:
				'data/governance-chart.json at stage.arrows[3]: ' +
				'expected a relation in relations.json that it draws (fixture-force funds fixture-police)'
		},
		{
			name: 'a chart of one row',
			spoil: (d) => (chart(d).rows = chart(d).rows.slice(0, 1)),
			message: 'data/governance-chart.json at rows: expected the top row and at least one more'
		},
		{
			name: 'a quote on the chart anchored to an actor not on it',
			spoil: (d) => (d['phases.json'][1].diagrams[3].annotations[0].anchor = 'fixture-bystander'),
			message:
				'data/phases.json at [1].diagrams[3].annotations[0].anchor: ' +
				'expected an element of the governance diagram that exists (found "fixture-bystander")'
		},
		{
			name: 'a focus on an actor not on the chart',
			spoil: (d) => (d['phases.json'][1].diagrams[3].focus[0] = 'fixture-bystander'),
			message:
				'data/phases.json at [1].diagrams[3].focus[0]: ' +
				'expected an element of the governance diagram that exists (found "fixture-bystander")'
		}
	];

	it.each(cases)('stops on $name, naming the file, the path and what was expected', ({ spoil, message }) => {
		expect(issuesOf(spoiled(spoil))).toContain(message);
	});

	it('accepts a quote anchored to a person written inside a box', () => {
		const data = spoiled((d) => (d['phases.json'][1].diagrams[3].annotations[0].anchor = 'fixture-chair'));
		expect(() => validateContent(data)).not.toThrow();
	});
});
