// Tests the map's text alternative: the description of the current stage and the table of all stages.
import { describe, expect, it } from 'vitest';
import type { MapLine, Place } from '$lib/content/types';
import linesJson from '../../../../data/geo/lines.json';
import placesJson from '../../../../data/geo/places.json';
import { describeMap, stageRows } from './describe';
import { stagesFrom } from './stages';

const stages = stagesFrom(linesJson as MapLine[]);
const places = placesJson as Place[];

describe('describeMap', () => {
	const cases = [
		{
			input: 'yellow',
			expected: [
				'with Beit Hanoun, Gaza City, Deir al-Balah, Khan Younis, Rafah marked',
				'It shows the yellow line and the area on its Israeli side, hatched: Israeli forces hold 53% of the Strip (official).',
				'The second line and buffer zone are drawn faintly'
			]
		},
		{
			input: 'before',
			expected: [
				'It shows the situation before the ceasefire, hatched: Israeli control or evacuation orders covered about 80% of the Strip (as reported).',
				'The yellow line, second line and buffer zone are drawn faintly'
			]
		}
	] as const;
	it.each(cases)('describes the $input stage', ({ input, expected }) => {
		const text = describeMap(stages, input, places);
		for (const part of expected) expect(text).toContain(part);
		expect(text).toContain('schematic and approximate');
	});
});

describe('stageRows', () => {
	it('lists the four stages in order, with the share as reported and its source, marking the current one', () => {
		const rows = stageRows(stages, 'buffer');
		expect(rows.map((r) => r.stage)).toEqual(['Before the ceasefire', 'Yellow line', 'Second line', 'Buffer zone']);
		expect(rows.map((r) => r.share)).toEqual([
			'about 80%, as reported',
			'53% (official); Al Jazeera measured 58%',
			'about 40%, weakly sourced',
			'about 15–18%'
		]);
		expect(rows.map((r) => r.current)).toEqual([false, false, false, true]);
		expect(rows.map((r) => r.what)).toEqual([
			'Israeli military control or evacuation orders',
			'Initial withdrawal',
			'Further withdrawal',
			'A security perimeter'
		]);
		expect(rows[1].source).toContain('Al Jazeera');
		expect(rows[2].source).toContain('Weakly sourced');
	});
});
