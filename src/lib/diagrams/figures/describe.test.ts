import { describe, expect, it } from 'vitest';
import { readDataFolder } from '$lib/content/test-content';
import { FigureSchema, type Figure, type Source } from '$lib/content/schema';
import { describeFigures, ledgerTable, sourceLetter } from './describe';
import { rowScale } from './layout';

const source = (id: string, label: string) => ({ id, label }) as Source;
const sources = [source('article-a', 'Article A'), source('article-b', 'Article B'), source('article-d', 'Article D')];
const killed: Figure = {
	id: 'killed-7-october',
	label: 'Killed on 7 October',
	unit: 'people',
	values: [
		{ value: 1200, display: '1,200 Israelis dead', source: 'article-a' },
		{ value: 1219, source: 'article-b' },
		{ value: 1139, display: '1,139 people', source: 'article-d' }
	],
	note: 'Three tallies.',
	caveat: 'A later report gives 1,221.'
};

describe('sourceLetter', () => {
	const cases = [
		{ input: 'Article C', expected: 'C' },
		{ input: ' Article  D ', expected: 'D' }
	];
	it.each(cases)('$input', ({ input, expected }) => expect(sourceLetter(source('x', input))).toBe(expected));
});

describe('ledgerTable', () => {
	it('gives one cell per source, as the article puts it (or the plain number), and the note with its caveat', () => {
		expect(ledgerTable([killed], sources)).toEqual([
			{
				id: 'killed-7-october',
				figure: 'Killed on 7 October',
				values: ['1,200 Israelis dead', '1,219', '1,139 people', ''], // the last cell is the plan's text, silent here
				note: 'Three tallies. A later report gives 1,221.'
			}
		]);
	});
});

describe('describeFigures', () => {
	it('says what is drawn, on which axis, and what the phase highlights', () => {
		const row = {
			figures: [killed.id],
			scale: rowScale(
				killed.values.map((v) => v.value),
				killed.unit
			)
		};
		const text = describeFigures({ [killed.id]: killed }, [row], sources, [killed.id]);
		expect(text).toContain('1 of the articles’ figures are drawn');
		expect(text).toContain('Killed on 7 October: A 1,200, B 1,219, D 1,139 (zoomed axis 1,100 to 1,250).');
		expect(text).toContain('Highlighted in this phase: Killed on 7 October.');
	});
});

describe('data/figures.json, the ledger', () => {
	const ledger = (readDataFolder()['figures.json'] as unknown[]).map((f) => FigureSchema.parse(f));
	const byId = Object.fromEntries(ledger.map((f) => [f.id, f]));
	const bySource = (id: string) => Object.fromEntries(byId[id].values.map((v) => [v.source, v.value]));

	it('has every figure other files refer to', () => {
		for (const id of [
			'killed-7-october',
			'hostages-taken',
			'hostages-held',
			'hostages-alive',
			'prisoners-life',
			'detainees-gaza',
			'prisoners-total',
			'remains-ratio',
			'hostage-deadline-hours',
			'palestinians-killed',
			'palestinians-wounded',
			'killed-since-friday',
			'evacuated-south',
			'gaza-population',
			'share-held',
			'doha-strike-killed'
		])
			expect(byId[id], id).toBeDefined();
	});

	// The numbers as the articles give them (FACTS.md, section 5).
	const cases = [
		{ input: 'killed-7-october', expected: { 'article-a': 1200, 'article-b': 1219, 'article-d': 1139 } },
		{ input: 'hostages-alive', expected: { 'article-a': 28, 'article-c': 20 } },
		{ input: 'palestinians-killed', expected: { 'article-b': 67139, 'article-c': 67160, 'article-d': 67160 } },
		{ input: 'prisoners-total', expected: { 'article-a': 1950 } },
		{ input: 'share-held', expected: { 'article-c': 25 } }
	];
	it.each(cases)('$input', ({ input, expected }) => expect(bySource(input)).toEqual(expected));

	it('says how each article puts every value, and why values differ', () => {
		for (const f of ledger) {
			for (const v of f.values) expect(v.display, `${f.id} ${v.source}`).toBeTruthy();
			if (new Set(f.values.map((v) => v.value)).size > 1) expect(f.note, f.id).toBeTruthy();
		}
		expect(byId['hostages-alive'].values.find((v) => v.source === 'article-a')?.display).toBe(
			'20 thought to be dead (so 28 alive)'
		);
	});

	it('marks the remains ratio and the 13 October release as outside the articles', () => {
		expect(byId['remains-ratio'].values[0].value).toBe(15);
		// the plan's text states it, not an article
		expect(byId['remains-ratio'].values[0]).toMatchObject({ planPoint: 5 });
		expect(byId['remains-ratio'].values[0].source).toBeUndefined();
		expect(byId['remains-ratio'].note).toMatch(/none of the four articles/);
		expect(byId['prisoners-total'].note).toMatch(/1,968: 250 plus 1,718/);
		expect(byId['prisoners-total'].values.map((v) => v.value)).not.toContain(1968);
	});
});
