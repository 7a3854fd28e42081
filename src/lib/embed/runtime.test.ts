// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { startEmbed } from './runtime';

class FakeResizeObserver {
	observe() {}
	disconnect() {}
}

/** The embed page's window as the runtime sees it, with a parent page that records what it receives. */
function embedWindow(search: string, pathname = '/embed/stepper/two') {
	const listeners = new Map<string, ((event: Event) => void)[]>();
	const parent = { postMessage: vi.fn() };
	const location = { pathname, search, hash: '', replace: vi.fn() };
	const win = {
		document,
		location,
		parent,
		requestAnimationFrame: (fn: () => void) => fn(),
		addEventListener: (type: string, fn: (event: Event) => void) =>
			listeners.set(type, [...(listeners.get(type) ?? []), fn]),
		dispatch: (type: string, event: Partial<MessageEvent>) => listeners.get(type)?.forEach((fn) => fn(event as Event))
	};
	return { win, parent, location };
}

beforeEach(() => {
	vi.stubGlobal('ResizeObserver', FakeResizeObserver);
	document.documentElement.removeAttribute('data-theme');
	document.head.innerHTML = '<meta name="embed-view" content="stepper" data-phase="two" data-phases="one two three">';
	document.body.innerHTML =
		'<a rel="prev" href="/embed/stepper/one">Previous</a><a rel="next" href="/embed/stepper/three">Next</a>' +
		'<a href="/phase/two">Full</a>';
});

describe('the embed runtime', () => {
	it('applies the options to the page and carries them, with pym’s id, on links between embed pages', () => {
		const { win } = embedWindow('?theme=dark&title=0&childId=pym-3&initialWidth=600&parentUrl=x');
		startEmbed(win as unknown as Window);
		const root = document.documentElement;
		expect([root.dataset.theme, root.dataset.embedTitle, root.dataset.embedSource]).toEqual(['dark', '0', '1']);
		expect([...document.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
			'/embed/stepper/one?theme=dark&title=0&childId=pym-3',
			'/embed/stepper/three?theme=dark&title=0&childId=pym-3',
			'/phase/two'
		]);
	});

	it('carries them on the Arabic and Hebrew editions’ links between embed pages too, and on no other link', () => {
		document.body.innerHTML =
			'<a rel="prev" href="/ar/embed/stepper/one">السابقة</a><a rel="next" href="/he/embed/stepper/three">הבאה</a>' +
			'<a href="/ar/phase/two">Full</a><a href="/ar/timeline?x=/embed/">Timeline</a>';
		startEmbed(embedWindow('?theme=dark', '/ar/embed/stepper/two').win as unknown as Window);
		expect([...document.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
			'/ar/embed/stepper/one?theme=dark',
			'/he/embed/stepper/three?theme=dark',
			'/ar/phase/two',
			'/ar/timeline?x=/embed/'
		]);
	});

	it('opens the ?phase= asked for in the edition it is read in', () => {
		const { win, location } = embedWindow('?phase=three&theme=light', '/he/embed/stepper/two');
		startEmbed(win as unknown as Window);
		expect(location.replace).toHaveBeenCalledWith('/he/embed/stepper/three?theme=light');
	});

	const redirects = [
		{ search: '?phase=three&theme=light', expected: '/embed/stepper/three?theme=light' },
		{ search: '?phase=two', expected: null }, // already there
		{ search: '?phase=nope', expected: null },
		{ search: '?phase=<script>', expected: null }
	];
	it.each(redirects)('?phase= in $search opens $expected', ({ search, expected }) => {
		const { win, location } = embedWindow(search);
		startEmbed(win as unknown as Window);
		if (expected) expect(location.replace).toHaveBeenCalledWith(expected);
		else expect(location.replace).not.toHaveBeenCalled();
	});

	it('answers the parent’s hello and pym’s width with its height, in both formats, and ignores everything else', () => {
		const { win, parent } = embedWindow('?childId=pym-3');
		startEmbed(win as unknown as Window);
		parent.postMessage.mockClear();
		const fromParent = (data: unknown) => win.dispatch('message', { source: parent as unknown as Window, data });
		for (const data of [
			'hi',
			null,
			7,
			{},
			[],
			{ sentinel: 'amp', type: 'embed-size', height: 1e308 },
			'pymxPYMxotherxPYMxwidthxPYMx300'
		])
			fromParent(data);
		win.dispatch('message', { source: window, data: { sentinel: 'amp', type: 'frames-init' } }); // not from the parent
		expect(parent.postMessage).not.toHaveBeenCalled();

		fromParent({ sentinel: 'amp', type: 'frames-init' });
		fromParent('pymxPYMxpym-3xPYMxwidthxPYMx320');
		const sent = parent.postMessage.mock.calls.map(([data]) => data);
		expect(sent).toEqual([
			{ sentinel: 'amp', type: 'embed-size', height: expect.any(Number) },
			expect.stringMatching(/^pymxPYMxpym-3xPYMxheightxPYMx\d+$/),
			{ sentinel: 'amp', type: 'embed-size', height: expect.any(Number) },
			expect.stringMatching(/^pymxPYMxpym-3xPYMxheightxPYMx\d+$/)
		]);
		expect(parent.postMessage.mock.calls.every(([, target]) => target === '*')).toBe(true);
	});

	it('shows the view the URL names, or the plan for anything else, and presses its button on every switch', () => {
		document.body.innerHTML = switches;
		startEmbed(embedWindow('?view=since').win as unknown as Window);
		expect(document.documentElement.dataset.view).toBe('since');
		expect(pressed()).toEqual(['plan=false', 'since=true', 'plan=false', 'since=true']);

		document.body.innerHTML = switches;
		startEmbed(embedWindow('?view=then').win as unknown as Window);
		expect(document.documentElement.dataset.view).toBe('plan');
		expect(pressed()).toEqual(['plan=true', 'since=false', 'plan=true', 'since=false']);
	});

	it('switches on a click, keeps the view on links between embed pages, and tells the parent its new height', () => {
		document.body.innerHTML = switches + '<a rel="next" href="/embed/stepper/three">Next</a>';
		const { win, parent } = embedWindow('?theme=dark&childId=pym-3');
		startEmbed(win as unknown as Window);
		parent.postMessage.mockClear();

		document.querySelectorAll<HTMLButtonElement>('[data-view-choice="since"]')[1].click();
		expect(document.documentElement.dataset.view).toBe('since');
		expect(document.documentElement.hasAttribute('data-view-switched')).toBe(true);
		expect(pressed()).toEqual(['plan=false', 'since=true', 'plan=false', 'since=true']);
		expect(document.querySelector('a[rel="next"]')?.getAttribute('href')).toBe(
			'/embed/stepper/three?theme=dark&view=since&childId=pym-3'
		);
		expect(parent.postMessage.mock.calls.map(([data]) => data)).toEqual([
			{ sentinel: 'amp', type: 'embed-size', height: expect.any(Number) },
			expect.stringMatching(/^pymxPYMxpym-3xPYMxheightxPYMx\d+$/)
		]);

		document.querySelector<HTMLButtonElement>('[data-view-choice="plan"]')!.click();
		expect(document.documentElement.dataset.view).toBe('plan');
		expect(document.querySelector('a[rel="next"]')?.getAttribute('href')).toBe(
			'/embed/stepper/three?theme=dark&childId=pym-3'
		);
	});
});

/** Two diagrams' switches, as the embed pages are prerendered: on the plan. */
const switches = [1, 2]
	.map(
		() =>
			'<div class="view-switch"><button data-view-choice="plan" aria-pressed="true">The plan</button>' +
			'<button data-view-choice="since" aria-pressed="false">What happened</button></div>'
	)
	.join('');
const pressed = () =>
	[...document.querySelectorAll<HTMLElement>('[data-view-choice]')].map(
		(b) => `${b.dataset.viewChoice}=${b.getAttribute('aria-pressed')}`
	);
