// The data behind the explainer as tables to download: the figures ledger, the events since the plan and the tracker
// of the 20 points, one row per value, event or point, each with its sources written out and their addresses. Made
// at build time from an edition's content, in its language (what the tables and their columns are, the lanes, the
// sources); src/routes/data/ serves each as CSV and JSON, and /sources lists them.
import { citationOf } from '$lib/content/citation';
import { statusNowWords } from '$lib/content/status-now-words';
import type { Content } from '$lib/content/types';
import { longDate } from '$lib/format/format';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import { trackText } from '$lib/timeline/track-words';

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
function sourcesOf(ids: string[], content: Content, locale: Locale): { sources: string; source_urls: string } {
	const cited = ids.flatMap((id) => citationOf(id, content, locale) ?? []);
	return {
		sources: cited.map((c) => (c.date ? `${c.label}, ${c.date}` : c.label)).join('; '),
		source_urls: cited.flatMap((c) => c.url ?? []).join(' ')
	};
}

const sourceColumns = (locale: Locale): Column[] => [
	{ name: 'sources', means: m.downloads_sources({}, { locale }) },
	{ name: 'source_urls', means: m.downloads_source_urls({}, { locale }) }
];

function figures(content: Content, locale: Locale): Dataset {
	const planPoint = (point: number) => m.downloads_plan_point({ point }, { locale });
	const rows = content.figures.flatMap((figure) =>
		figure.values.map((v) => ({
			figure_id: figure.id,
			figure: figure.label,
			unit: figure.unit,
			value: v.value,
			up_to: v.upTo ?? '',
			as_given: v.display ?? '',
			whose:
				v.by ??
				(v.planPoint !== undefined ? planPoint(v.planPoint) : v.source ? m.downloads_the_article({}, { locale }) : ''),
			date: v.date ?? '',
			// The plan's own numbers rest on its text, which /points gives whole.
			...(v.planPoint !== undefined
				? { sources: planPoint(v.planPoint), source_urls: '' }
				: sourcesOf([...(v.source ? [v.source] : []), ...(v.reports ?? [])], content, locale)),
			note: figure.note ?? ''
		}))
	);
	return {
		name: 'figures',
		title: m.downloads_figures_title({}, { locale }),
		about: m.downloads_figures_about({}, { locale }),
		columns: [
			{ name: 'figure_id', means: m.downloads_figure_id({}, { locale }) },
			{ name: 'figure', means: m.downloads_figure({}, { locale }) },
			{ name: 'unit', means: m.downloads_unit({}, { locale }) },
			{ name: 'value', means: m.downloads_value({}, { locale }) },
			{ name: 'up_to', means: m.downloads_up_to({}, { locale }) },
			{ name: 'as_given', means: m.downloads_as_given({}, { locale }) },
			{ name: 'whose', means: m.downloads_whose({}, { locale }) },
			{ name: 'date', means: m.downloads_figure_date({}, { locale }) },
			...sourceColumns(locale),
			{ name: 'note', means: m.downloads_note({}, { locale }) }
		],
		rows
	};
}

function events(content: Content, locale: Locale): Dataset {
	const date = longDate(content.reporting.gatheredUpTo, locale);
	return {
		name: 'events',
		title: m.downloads_events_title({}, { locale }),
		about: m.downloads_events_about({ date }, { locale }),
		columns: [
			{ name: 'id', means: m.downloads_event_id({}, { locale }) },
			{ name: 'date', means: m.downloads_event_date({}, { locale }) },
			{ name: 'end', means: m.downloads_event_end({}, { locale }) },
			{ name: 'approximate', means: m.downloads_approximate({}, { locale }) },
			{ name: 'track', means: m.downloads_track({}, { locale }) },
			{ name: 'title', means: m.downloads_event_title({}, { locale }) },
			{ name: 'description', means: m.downloads_description({}, { locale }) },
			{ name: 'plan_points', means: m.downloads_plan_points({}, { locale }) },
			{ name: 'phases', means: m.downloads_phases({}, { locale }) },
			{ name: 'caveat', means: m.downloads_event_caveat({}, { locale }) },
			...sourceColumns(locale)
		],
		rows: content.events.map((e) => ({
			id: e.id,
			date: e.date,
			end: e.end ?? '',
			approximate: e.dateApproximate ? m.downloads_yes({}, { locale }) : '',
			track: trackText(e.track, locale),
			title: e.title,
			description: e.description,
			plan_points: e.points.join(' '),
			phases: e.phases.join(' '),
			caveat: e.caveat ?? '',
			...sourcesOf(e.sources, content, locale)
		}))
	};
}

function tracker(content: Content, locale: Locale): Dataset {
	const date = longDate(content.reporting.gatheredUpTo, locale);
	return {
		name: 'tracker',
		title: m.downloads_tracker_title({}, { locale }),
		about: m.downloads_tracker_about({ date }, { locale }),
		columns: [
			{ name: 'point', means: m.downloads_point({}, { locale }) },
			{ name: 'title', means: m.downloads_point_title({}, { locale }) },
			{ name: 'status', means: m.downloads_status({}, { locale }) },
			{ name: 'status_words', means: m.downloads_status_words({}, { locale }) },
			{ name: 'summary', means: m.downloads_description({}, { locale }) },
			{ name: 'caveat', means: m.downloads_tracker_caveat({}, { locale }) },
			{ name: 'latest_event', means: m.downloads_latest_event({}, { locale }) },
			{ name: 'events', means: m.downloads_events({}, { locale }) },
			...sourceColumns(locale)
		],
		rows: content.tracker.map((t) => ({
			point: t.point,
			title: content.pointByNumber[t.point].title,
			status: t.status,
			status_words: statusNowWords[t.status].label({}, { locale }),
			summary: t.summary,
			caveat: t.caveat ?? '',
			latest_event: t.latestEventDate ?? '',
			events: t.events.join(' '),
			...sourcesOf([...new Set(t.events.flatMap((id) => content.eventById[id].sources))], content, locale)
		}))
	};
}

/** Every dataset, by name, from an edition's content, in its language (English unless given). */
export function datasets(content: Content, locale: Locale = 'en'): Record<Dataset['name'], Dataset> {
	return { figures: figures(content, locale), events: events(content, locale), tracker: tracker(content, locale) };
}
