// What runs on the timeline page, which the server draws whole and which does not hydrate (its events' text would
// double what the page loads): the filters, read from the URL and kept in it, hide the events they leave out and fade
// their marks; the count says how many are shown; the arrow keys, Home and End move focus from event to event among
// those shown; a pointer on a mark picks its event in the list.
import { keepPlaceInSwitch } from '$lib/editions/switch-place';
import type { Track } from '$lib/content/since-words';
import {
	countText,
	everyEvent,
	filterFromSearch,
	isFiltered,
	matchesFilter,
	searchFromFilter,
	type FilterChoices,
	type TimelineFilter
} from './filter';
import { eventStep } from './keys';
import { pageDirection } from '$lib/editions/page-direction';

interface Shown {
	item: HTMLElement;
	article: HTMLElement;
	mark: Element | null;
	track: Track;
	points: number[];
	phases: string[];
}

const words = (value: string | undefined) => (value ?? '').split(' ').filter(Boolean);

function required<T>(found: T | null | undefined, what: string): T {
	if (!found) throw new Error(`The timeline has no ${what}`);
	return found;
}

export function enhanceTimeline(root: HTMLElement, win: Window): void {
	const form = required(root.querySelector<HTMLFormElement>('form[data-filters]'), 'filters');
	const fieldset = required(form.querySelector('fieldset'), 'fieldset of filters');
	const select = (name: string) => required(form.querySelector<HTMLSelectElement>(`select[name="${name}"]`), name);
	const controls = { track: select('track'), point: select('point'), phase: select('phase') };
	const reset = required(form.querySelector<HTMLButtonElement>('button[type="reset"]'), 'reset button');
	const count = required(form.querySelector('.count'), 'count');
	const none = root.querySelector<HTMLElement>('.none');
	const hint = root.querySelector<HTMLElement>('.keys');
	const svg = root.querySelector('.timeline-axis svg');
	const groups = [...root.querySelectorAll<HTMLElement>('section[data-group]')];
	const events: Shown[] = [...root.querySelectorAll<HTMLElement>('li[data-track]')].map((item) => {
		const article = required(item.querySelector<HTMLElement>('article.event'), 'article in an item');
		return {
			item,
			article,
			mark: svg?.querySelector(`[data-event="${article.dataset.event}"]`) ?? null,
			track: item.dataset.track as Track,
			points: words(item.dataset.points).map(Number),
			phases: words(item.dataset.phases)
		};
	});
	const values = (s: HTMLSelectElement) => [...s.options].map((o) => o.value).filter(Boolean);
	const choices: FilterChoices = {
		tracks: values(controls.track) as Track[],
		points: values(controls.point).map(Number),
		phases: values(controls.phase)
	};

	let shown = events;
	let active: Shown | null = null;

	/** One tab stop among the events: the active one while it is shown, else the first shown. */
	function rove() {
		const stop = active && shown.includes(active) ? active : shown[0];
		for (const e of events) e.article.tabIndex = e === stop ? 0 : -1;
	}

	function show(filter: TimelineFilter) {
		shown = events.filter((e) => matchesFilter(e, filter));
		for (const e of events) {
			e.item.hidden = !shown.includes(e);
			e.mark?.classList.toggle('faded', e.item.hidden);
		}
		for (const group of groups) group.hidden = !shown.some((e) => group.contains(e.item));
		controls.track.value = filter.track ?? '';
		controls.point.value = filter.point === null ? '' : String(filter.point);
		controls.phase.value = filter.phase ?? '';
		reset.disabled = !isFiltered(filter);
		count.textContent = countText(shown.length, events.length);
		if (none) none.hidden = shown.length > 0;
		if (hint) hint.hidden = shown.length === 0;
		rove();
	}

	function keep(filter: TimelineFilter) {
		const { pathname, hash } = win.location;
		win.history.replaceState(win.history.state, '', `${pathname}${searchFromFilter(filter)}${hash}`);
		keepPlaceInSwitch(win.document, searchFromFilter(filter));
	}

	function activate(event: Shown) {
		for (const el of [active?.article, active?.mark]) el?.classList.remove('active');
		active = event;
		for (const el of [event.article, event.mark]) el?.classList.add('active');
		rove();
	}

	function focus(event: Shown) {
		activate(event);
		event.article.focus();
	}

	form.addEventListener('submit', (e) => e.preventDefault());
	form.addEventListener('change', () => {
		const filter = filterFromSearch(
			new URLSearchParams({
				track: controls.track.value,
				point: controls.point.value,
				phase: controls.phase.value
			}),
			choices
		);
		show(filter);
		keep(filter);
	});
	form.addEventListener('reset', (e) => {
		e.preventDefault();
		show(everyEvent);
		keep(everyEvent);
		controls.track.focus(); // the button that had focus is off now
	});
	root.addEventListener('keydown', (e) => {
		const index = shown.findIndex((s) => s.article === e.target);
		const next = index < 0 ? null : eventStep(e, index, shown.length, pageDirection());
		if (next === null) return;
		e.preventDefault();
		focus(shown[next]);
	});
	root.addEventListener('focusin', (e) => {
		const article = (e.target as Element).closest?.('article.event');
		const event = events.find((s) => s.article === article);
		if (event && event !== active) activate(event);
	});
	svg?.classList.add('pickable');
	svg?.addEventListener('click', (e) => {
		const mark = (e.target as Element).closest?.('[data-event]');
		const event = shown.find((s) => s.mark === mark);
		if (event) focus(event);
	});

	// The server drew every event: only a filter in the URL changes anything.
	const opened = filterFromSearch(new URLSearchParams(win.location.search), choices);
	if (isFiltered(opened)) {
		show(opened);
		keepPlaceInSwitch(win.document, searchFromFilter(opened));
	}
	fieldset.disabled = false;
}
