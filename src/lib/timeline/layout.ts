// The whole axis laid out for drawing: the talks week's band, a lane per track with its label, each event's mark on
// its row, and the date labels below. x in percent of the axis's width, y in pixels, all decided at build time.
import { endOf, firstDay, lastDay, type Dated } from '$lib/content/dates';
import type { Track } from '$lib/content/since-words';
import { partialDateText } from '$lib/format/format';
import { m } from '$lib/paraglide/messages';
import { DAY_WIDTHS, TALKS_WEEK, timeAxis } from './axis';
import { placeMarks, type Mark } from './lanes';
import { axisTicks } from './ticks';
import type { TimelineAxis } from './timeline-page';

/** The narrowest the axis is drawn, in pixels; narrower, the page shows the list alone. Labels and marks are placed
 * to fit at this width, and only move apart wider. */
export const AXIS_MIN_WIDTH = 590;

/** Heights in pixels: the talks week's caption, a lane's label, a row of marks, the space under a lane, a date row. */
export const CAPTION_HEIGHT = 20;
export const LANE_LABEL_HEIGHT = 16;
export const ROW_HEIGHT = 14;
export const LANE_PADDING = 6;
export const DATE_ROW_HEIGHT = 16;

export interface EventToDraw extends Dated {
	id: string;
	track: Track;
	title: string;
	/** Its date as the list shows it. */
	when: string;
}

const percent = (share: number) => Math.round(share * 100_000) / 1000;

/** A day reported (a dot), a period (a bar), or only a month or a year (a dashed bar over all of it). */
const kindOf = (event: Dated): Mark['kind'] =>
	event.end !== undefined ? 'period' : /^\d{4}-\d{2}-\d{2}$/.test(event.date) ? 'day' : 'month';

export function layoutAxis(
	events: EventToDraw[],
	tracks: readonly { id: Track; label: string }[],
	gatheredUpTo: string
): TimelineAxis {
	const axis = timeAxis(gatheredUpTo);
	const marks: Mark[] = events.map((e) => ({
		id: e.id,
		track: e.track,
		kind: kindOf(e),
		x0: axis.start(firstDay(e.date)),
		x1: axis.end(lastDay(endOf(e)))
	}));
	const placed = placeMarks(
		marks,
		tracks.map((t) => t.id),
		AXIS_MIN_WIDTH
	);

	let y = CAPTION_HEIGHT;
	const lanes = placed.lanes.map((lane, i) => {
		const height = LANE_LABEL_HEIGHT + lane.rows * ROW_HEIGHT + LANE_PADDING;
		const drawn = { track: lane.track, label: tracks[i].label, y, height };
		y += height;
		return drawn;
	});
	const laneOf = new Map(lanes.map((l) => [l.track, l]));
	const byId = new Map(events.map((e) => [e.id, e]));

	const { labels, grid } = axisTicks(axis, AXIS_MIN_WIDTH);
	const bottom = y;
	// "5–13 Oct 2025": the week's first day by its number, in the month and year of its last.
	const talksDays = `${Number(TALKS_WEEK.from.slice(8))}–${partialDateText(TALKS_WEEK.through)}`;
	return {
		height: bottom + 2 * DATE_ROW_HEIGHT + 6,
		top: CAPTION_HEIGHT,
		bottom,
		lanes,
		marks: placed.marks.map((m) => {
			const event = byId.get(m.id)!;
			return {
				id: m.id,
				kind: m.kind,
				x0: percent(m.x0),
				x1: percent(m.x1),
				y: laneOf.get(m.track)!.y + LANE_LABEL_HEIGHT + m.row * ROW_HEIGHT + ROW_HEIGHT / 2,
				label: `${event.title} (${event.when})`
			};
		}),
		labels: labels.map((l) => ({ ...l, x: percent(l.x), y: bottom + (l.row + 1) * DATE_ROW_HEIGHT })),
		grid: grid.map((g) => ({ ...g, x: percent(g.x) })),
		talks: {
			x0: percent(axis.start(TALKS_WEEK.from)),
			x1: percent(axis.end(TALKS_WEEK.through)),
			label: m.site_timeline_talks_week({ days: talksDays })
		},
		summary: m.site_timeline_axis_summary({
			first: partialDateText(axis.first),
			last: partialDateText(axis.last),
			talks: talksDays,
			talksTimes: DAY_WIDTHS.talks / DAY_WIDTHS.after,
			runUpTimes: DAY_WIDTHS.runUp / DAY_WIDTHS.after
		})
	};
}
