// Tests the map's text alternative, from the fixture's lines and places: the description of a stage, the stages' table.
import { describe, expect, it } from 'vitest';
import { loadFixtureContent } from '$lib/content/test-content';
import { describeMap, stageRows } from './describe';
import { stagesFrom } from './stages';

const content = loadFixtureContent();
const stages = stagesFrom(content.lines);

describe('describeMap', () => {
	const cases = [
		{
			input: 'yellow',
			expected: [
				'with Fixture North, Fixture South marked',
				'It shows the fixture yellow line and the area on its Israeli side, hatched: ' +
					'Israeli forces hold 61% of the Strip (fixture reading).',
				'The fixture second line and fixture buffer are drawn faintly'
			]
		},
		{
			input: 'before',
			expected: [
				'It shows the situation before the ceasefire, hatched: ' +
					'Israeli control or evacuation orders covered about 80% of the Strip (as reported).',
				'The fixture yellow line, fixture second line and fixture buffer are drawn faintly'
			]
		}
	] as const;
	it.each(cases)('describes the $input stage', ({ input, expected }) => {
		const text = describeMap(stages, input, content.places);
		for (const part of expected) expect(text).toContain(part);
		expect(text).toContain('schematic and approximate');
	});

	it('names only the towns where the content has no such stage', () => {
		expect(describeMap(stagesFrom([]), 'yellow', content.places)).toBe(
			'Map of the Gaza Strip between the Mediterranean Sea, Israel and Egypt, with Fixture North, Fixture South marked.'
		);
	});
});

describe('stageRows', () => {
	it('lists the four stages in order, with the share as reported and its source', () => {
		const rows = stageRows(stages);
		expect(rows.map((r) => r.id)).toEqual(['before', 'yellow', 'second', 'buffer']);
		expect(rows.map((r) => r.stage)).toEqual([
			'Before the ceasefire',
			'Fixture yellow line',
			'Fixture second line',
			'Fixture buffer'
		]);
		expect(rows.map((r) => r.share)).toEqual([
			'about 80%, as reported',
			'61% (fixture reading); Fixture count 66%',
			'about 44%, fixture-sourced',
			'about 12–14%'
		]);
		// What a line is: its label after the colon, capitalised; the stage before the ceasefire says it itself.
		expect(rows.map((r) => r.what)).toEqual([
			'Israeli military control or evacuation orders',
			'First pull-back',
			'Further pull-back',
			'A fixture perimeter'
		]);
		// The share's source and the line's note, each ending as a sentence.
		expect(rows[1].source).toBe('Fixture source of the yellow share. Fixture note on the yellow line.');
	});
});
