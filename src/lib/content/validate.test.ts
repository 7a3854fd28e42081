import { describe, expect, it } from 'vitest';
import { readDataFolder } from './test-content';
import { ContentError, validateContent } from './validate';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The real data with one fault put in by `spoil`. */
function spoiled(spoil: (data: Json) => void): Json {
	const data = structuredClone(readDataFolder());
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
			spoil: (d) => (d['figures.json'][0].values[0].value = '1,200'),
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
			name: 'a duplicate id',
			spoil: (d) => (d['quotes.json'][3].id = d['quotes.json'][2].id),
			message: 'data/quotes.json at [3].id: expected a unique id'
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
			spoil: (d) => (d['phases.json'][0].points = [...d['phases.json'][0].points, 20]),
			message: 'to list phase "ceasefire-and-aid" in its phases too'
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
			message: 'anchor: expected an element of the'
		},
		{
			name: 'markdown with a script in it',
			spoil: (d) => (d['phases.json'][2].body += '\n\n<script>alert(1)</script>'),
			message: 'data/phases.json at [2].body: expected markdown without script, event handlers or javascript: links'
		},
		{
			name: 'markdown with a javascript: link',
			spoil: (d) => (d['glossary.json'][0].definition = '[click](javascript:alert(1))'),
			message: 'data/glossary.json at [0].definition: expected markdown without script'
		},
		{
			name: 'a missing file',
			spoil: (d) => delete d['events.json'],
			message: 'data/events.json at (root): expected the file to exist'
		},
		{
			name: 'figures that differ without a note',
			spoil: (d) => {
				const figure = d['figures.json'].find((f: Json) => new Set(f.values.map((v: Json) => v.value)).size > 1);
				delete figure.note;
			},
			message: 'expected a note saying why the sources differ'
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
