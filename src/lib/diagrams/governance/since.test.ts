// Tests what became of the bodies the plan sets up, made from the fixture content: the bodies the chart marks, each
// with its point's status now and its dated steps written in its box, and the rows of its text alternative.
import { describe, expect, it } from 'vitest';
import { loadFixtureContent } from '$lib/content/test-content';
import { inside } from '../geometry';
import { textBox } from '../text';
import { makeGovernance } from './maker';
import { governanceSince } from './since';

const content = loadFixtureContent();
const since = governanceSince(content);
const node = (id: string) => since.layout.nodes.find((n) => n.id === id)!;
const plain = (lines: string[]) => lines.join(' ').replace(/\u00a0/g, ' ');

describe('governanceSince', () => {
	// The fixture chart marks its board with point 7 (partly carried out) and its force with point 16 (reversed).
	it('marks the bodies the chart names with the status of the point that sets each up', () => {
		expect(since.marked).toEqual([
			{ actor: 'fixture-board', status: 'partly', tone: 'part' },
			{ actor: 'fixture-force', status: 'reversed', tone: 'against' }
		]);
	});

	it('writes the status and the dated steps in the body’s box, in place of the plan’s details', () => {
		const board = node('fixture-board');
		expect(board.mark?.map((b) => plain(b.lines))).toEqual([
			'◑ Partly carried out',
			'fixture step taken, 15–20 Jan 2026 ⚠'
		]);
		expect(board.detail).toBeNull();
		expect(plain(node('fixture-force').mark!.flatMap((b) => b.lines))).toBe(
			'◀ Going the other way fixture force step, Mar 2026'
		);
		for (const id of ['fixture-board', 'fixture-force'])
			for (const block of node(id).mark!) expect(inside(textBox(block), node(id).box)).toBe(true);
	});

	it('keeps a date on one line in the box', () => {
		const force = node('fixture-force').mark!.flatMap((b) => b.lines);
		expect(force).toContain('Mar\u00a02026');
	});

	it('leaves the bodies it does not mark as the plan draws them, and grows the marked boxes', () => {
		const plan = makeGovernance(content).layout;
		const planNode = (id: string) => plan.nodes.find((n) => n.id === id)!;
		expect(node('fixture-party').detail).toEqual(planNode('fixture-party').detail);
		expect(node('fixture-party').mark).toBeUndefined();
		expect(node('fixture-board').box.height).toBeGreaterThan(planNode('fixture-board').box.height);
		expect(since.layout.edges.map((e) => e.id)).toEqual(plan.edges.map((e) => e.id));
	});

	it('tells each body’s status and steps, with the sources of its steps and their doubts', () => {
		expect(since.text.rows.map((r) => r.cells)).toEqual([
			['Fixture board', '◑ Partly carried out', 'fixture step taken, 15–20 Jan 2026 ⚠', '7'],
			['Fixture force', '◀ Going the other way', 'fixture force step, Mar 2026', '16']
		]);
		expect(since.text.rows.map((r) => r.citations.map((c) => c.label))).toEqual([
			['Fixture Wire, read on Fixture Mirror'],
			['Fixture Paper']
		]);
		expect(since.text.caveats).toEqual(['Fixture caveat: the fixture sources differ.']);
	});
});
