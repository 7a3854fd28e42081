// The data behind the explainer as tables to download: the figures ledger, the events since the plan and the tracker
// of the 20 points, one row per value, event or point, each with its sources written out and their addresses. Made
// at build time from the content; src/routes/data/ serves each as CSV and JSON, and /sources lists them.
import { citationOf } from '$lib/content/citation';
import { tracks } from '$lib/content/since-words';
import { statusNowWords } from '$lib/content/status-now-words';
import type { Content } from '$lib/content/types';
import { gatheredUpToText } from '$lib/since/as-of';

export interface Column {
	name: string;
	/** What the column holds, as the list of datasets documents it. */
	means: string;
}

export type Row = Record<string, string | number>;

export interface Dataset {
	name: 'figures' | 'events' | 'tracker';
	title: string;
	/** What a row is, and as of when. */
	about: string;
	columns: Column[];
	rows: Row[];
}

export const datasetNames = ['figures', 'events', 'tracker'] as const;

/** The sources of a row, as outlet (or article) and date, and the addresses of those that have one. */
function sourcesOf(ids: string[], content: Content): { sources: string; source_urls: string } {
	const cited = ids.flatMap((id) => citationOf(id, content) ?? []);
	return {
		sources: cited.map((c) => (c.date ? `${c.label}, ${c.date}` : c.label)).join('; '),
		source_urls: cited.flatMap((c) => c.url ?? []).join(' ')
	};
}

const sourceColumns: Column[] = [
	{
		name: 'sources',
		means: 'Its sources: an article (A to D), a later report as outlet and date, or the plan’s text; separated by ;'
	},
	{ name: 'source_urls', means: 'The addresses of the later reports among its sources, separated by spaces' }
];

function figures(content: Content): Dataset {
	const rows = content.figures.flatMap((figure) =>
		figure.values.map((v) => ({
			figure_id: figure.id,
			figure: figure.label,
			unit: figure.unit,
			value: v.value,
			up_to: v.upTo ?? '',
			as_given: v.display ?? '',
			whose:
				v.by ?? (v.planPoint !== undefined ? `The plan's text, point ${v.planPoint}` : v.source ? 'The article' : ''),
			date: v.date ?? '',
			// The plan's own numbers rest on its text, which /points gives whole.
			...(v.planPoint !== undefined
				? { sources: `The plan's text, point ${v.planPoint}`, source_urls: '' }
				: sourcesOf([...(v.source ? [v.source] : []), ...(v.reports ?? [])], content)),
			note: figure.note ?? ''
		}))
	);
	return {
		name: 'figures',
		title: 'The figures, source by source',
		about: 'One row per value a source gives for a figure: where sources disagree, each has its own row.',
		columns: [
			{ name: 'figure_id', means: 'The figure, as an id' },
			{ name: 'figure', means: 'The figure, in words' },
			{ name: 'unit', means: 'What it counts' },
			{ name: 'value', means: 'The value, as a number (the bottom of a range)' },
			{ name: 'up_to', means: 'The top of a range, where the source gives one' },
			{ name: 'as_given', means: 'The value as the source puts it' },
			{ name: 'whose', means: 'Whose figure it is: a body, the plan’s text, or the article' },
			{ name: 'date', means: 'When the value holds, as precisely as reported (YYYY, YYYY-MM or YYYY-MM-DD)' },
			...sourceColumns,
			{ name: 'note', means: 'Why the values differ' }
		],
		rows
	};
}

function events(content: Content): Dataset {
	return {
		name: 'events',
		title: 'What happened since the plan, event by event',
		about: `One row per dated event, from the plan's publication to ${gatheredUpToText(content.reporting)}.`,
		columns: [
			{ name: 'id', means: 'The event, as an id' },
			{ name: 'date', means: 'When it happened or began, as precisely as reported' },
			{ name: 'end', means: 'When it ended, for an event that lasted' },
			{ name: 'approximate', means: 'yes where the date is approximate' },
			{ name: 'track', means: 'Its lane on the timeline' },
			{ name: 'title', means: 'What happened, in a line' },
			{ name: 'description', means: 'What happened, in our words' },
			{ name: 'plan_points', means: 'The plan’s points it concerns, separated by spaces' },
			{ name: 'phases', means: 'The explainer’s phases it concerns, as ids' },
			{ name: 'caveat', means: 'Where its sources are few or disagree' },
			...sourceColumns
		],
		rows: content.events.map((e) => ({
			id: e.id,
			date: e.date,
			end: e.end ?? '',
			approximate: e.dateApproximate ? 'yes' : '',
			track: tracks[e.track],
			title: e.title,
			description: e.description,
			plan_points: e.points.join(' '),
			phases: e.phases.join(' '),
			caveat: e.caveat ?? '',
			...sourcesOf(e.sources, content)
		}))
	};
}

function tracker(content: Content): Dataset {
	const asOf = gatheredUpToText(content.reporting);
	return {
		name: 'tracker',
		title: 'The 20 points: where each stands',
		about: `One row per point of the plan, its status as of ${asOf}: our reading of the reporting.`,
		columns: [
			{ name: 'point', means: 'The point’s number in the plan' },
			{ name: 'title', means: 'The point, in a line' },
			{ name: 'status', means: 'Its status, as an id' },
			{ name: 'status_words', means: 'Its status, in words' },
			{ name: 'summary', means: 'What happened, in our words' },
			{ name: 'caveat', means: 'Where the reporting disagrees or is thin' },
			{ name: 'latest_event', means: 'The date of the latest event the status rests on' },
			{ name: 'events', means: 'The events it rests on, as ids (see the events table)' },
			...sourceColumns
		],
		rows: content.tracker.map((t) => ({
			point: t.point,
			title: content.pointByNumber[t.point].title,
			status: t.status,
			// The downloads are one set for every edition, in English.
			status_words: statusNowWords[t.status].label({}, { locale: 'en' }),
			summary: t.summary,
			caveat: t.caveat ?? '',
			latest_event: t.latestEventDate ?? '',
			events: t.events.join(' '),
			...sourcesOf([...new Set(t.events.flatMap((id) => content.eventById[id].sources))], content)
		}))
	};
}

/** Every dataset, by name. */
export function datasets(content: Content): Record<Dataset['name'], Dataset> {
	return { figures: figures(content), events: events(content), tracker: tracker(content) };
}
