// The events' marks in their lanes, one lane per track: each mark goes on the first row of its lane where it touches no
// other, measured at the narrowest width the axis is drawn; wider, marks only move apart, so none ever overlap.
import type { Track } from '$lib/content/since-words';

/** A day (a dot), a period (a bar), or a month or year with no day reported (a dashed bar over all of it). */
export type MarkKind = 'day' | 'period' | 'month';

export interface Mark {
	id: string;
	track: Track;
	kind: MarkKind;
	/** Where it starts and ends, as shares of the axis's width (a day: its own day's start and end). */
	x0: number;
	x1: number;
}

export interface PlacedMark extends Mark {
	/** Its row within its lane, from 0. */
	row: number;
}

export interface Lane {
	track: Track;
	/** How many rows its marks take (at least one, for an empty lane). */
	rows: number;
}

/** A dot's radius and a bar's height, in pixels. */
export const DOT_RADIUS = 5;
export const BAR_HEIGHT = 8;
/** Clear space between two marks on a row, in pixels. */
export const MARK_GAP = 4;

/**
 * Where a mark is drawn, in pixels, on an axis `width` pixels wide: a dot around its day's middle; a period's bar over
 * its days, its round ends reaching half a bar's height beyond (so a period of a day or two still shows); a month's
 * dashed bar over the month.
 */
export function markExtent(mark: Mark, width: number): [number, number] {
	const [left, right] = [mark.x0 * width, mark.x1 * width];
	if (mark.kind === 'day') return [(left + right) / 2 - DOT_RADIUS, (left + right) / 2 + DOT_RADIUS];
	if (mark.kind === 'period') return [left - BAR_HEIGHT / 2, right + BAR_HEIGHT / 2];
	return [left, right];
}

/** Each mark's row in its lane, in the order given (timeline order), and how many rows each track's lane needs. */
export function placeMarks(
	marks: Mark[],
	tracks: readonly Track[],
	width: number
): { marks: PlacedMark[]; lanes: Lane[] } {
	// For each track, where each of its rows is taken up to so far.
	const rowEnds = new Map<Track, number[]>(tracks.map((t) => [t, []]));
	const placed = [...marks]
		.sort((a, b) => a.x0 - b.x0)
		.map((mark): PlacedMark => {
			const ends = rowEnds.get(mark.track);
			if (!ends) throw new Error(`Event "${mark.id}" is on an unknown track "${mark.track}"`);
			const [left, right] = markExtent(mark, width);
			let row = ends.findIndex((end) => end + MARK_GAP <= left);
			if (row < 0) row = ends.push(right) - 1;
			else ends[row] = right;
			return { ...mark, row };
		});
	const order = new Map(marks.map((m, i) => [m.id, i]));
	return {
		marks: placed.sort((a, b) => order.get(a.id)! - order.get(b.id)!),
		lanes: tracks.map((track) => ({ track, rows: Math.max(1, rowEnds.get(track)!.length) }))
	};
}
