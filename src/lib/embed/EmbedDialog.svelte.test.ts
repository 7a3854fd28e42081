// Tests the Embed dialog on the fixture's figures, drawn in phases one and three: the code, its options, copying it,
// and the preview.
import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadFixtureContent } from '$lib/content/test-content';
import { phasesInOrder } from '$lib/server/stepper-page';
import { embedCatalogue } from './catalogue';
import EmbedDialog from './EmbedDialog.svelte';

const figures = embedCatalogue(phasesInOrder(loadFixtureContent())).find((v) => v.kind === 'figures')!;
const code = () => (screen.getByLabelText('Embed code') as HTMLTextAreaElement).value;

beforeAll(() => {
	// jsdom has the element but not its modal behaviour
	HTMLDialogElement.prototype.showModal = function () {
		this.setAttribute('open', '');
	};
	HTMLDialogElement.prototype.close = function () {
		if (!this.hasAttribute('open')) return;
		this.removeAttribute('open');
		this.dispatchEvent(new Event('close'));
	};
});
afterEach(() => vi.unstubAllGlobals());

function open(props: Partial<{ phaseId: string; title: string }> = {}) {
	const onclose = vi.fn();
	const result = render(EmbedDialog, {
		view: figures,
		phaseId: 'phase-three',
		title: 'The numbers',
		onclose,
		...props
	});
	return { ...result, onclose };
}

describe('EmbedDialog', () => {
	it('opens as a modal dialog with the plain iframe for the phase the reader is on', () => {
		open();
		const dialog = screen.getByRole('dialog', { name: 'Embed this diagram' });
		expect(dialog).toHaveAttribute('open');
		expect(code()).toBe(
			`<iframe title="The numbers, Phase 3 of 3: Fixture phase three (The Gaza peace plan, step by step)" ` +
				`src="${location.origin}/embed/figures/phase-three" width="100%" height="600" ` +
				`style="width:100%;height:600px;border:0" frameborder="0" scrolling="no" loading="lazy"></iframe>`
		);
		expect(dialog.textContent).toMatch(/pym\.js or\s+@newswire\/frames/);
		expect(dialog.querySelector('script')).toBeNull();
	});

	it('embeds a view of the whole plan without a phase to choose', async () => {
		const tracker = embedCatalogue(phasesInOrder(loadFixtureContent())).find((v) => v.kind === 'tracker')!;
		render(EmbedDialog, { view: tracker, onclose: vi.fn() });
		expect(screen.getByRole('dialog', { name: 'Embed the tracker' })).toHaveAttribute('open');
		expect(screen.queryByLabelText('Phase')).toBeNull();
		expect(screen.queryByRole('region', { name: 'Download image' })).toBeNull(); // images are of single diagrams
		await fireEvent.click(screen.getByLabelText('Dark'));
		expect(code()).toContain(
			`<iframe title="The 20 points: the plan and what happened (The Gaza peace plan, step by step)" ` +
				`src="${location.origin}/embed/tracker?theme=dark"`
		);
	});

	it('puts the chosen options in the URL of the code and of the preview', async () => {
		open();
		await fireEvent.click(screen.getByLabelText('Dark'));
		await fireEvent.click(screen.getByLabelText('The title'));
		await fireEvent.change(screen.getByLabelText('Phase'), { target: { value: 'phase-one' } });
		expect(code()).toContain(`src="${location.origin}/embed/figures/phase-one?theme=dark&amp;title=0"`);
		expect(code()).toContain('Phase 1 of 3: Fixture phase one');
		expect(screen.getByTitle(/Phase 1 of 3/).getAttribute('src')).toBe(
			`${location.origin}/embed/figures/phase-one?theme=dark&title=0`
		);
		// Only the phases that draw the figures.
		expect([...(screen.getByLabelText('Phase') as HTMLSelectElement).options].map((o) => o.value)).toEqual([
			'phase-one',
			'phase-three'
		]);
	});

	it('gives the pym.js and @newswire/frames containers', async () => {
		open();
		await fireEvent.click(screen.getByLabelText('pym.js container'));
		expect(code()).toMatch(
			/^<div data-pym-src="http[^"]+\/embed\/figures\/phase-three" data-pym-title="The numbers, [^"]+"><noscript>/
		);
		await fireEvent.click(screen.getByLabelText('@newswire/frames container'));
		expect(code()).toMatch(
			/^<div data-frame-src="http[^"]+\/embed\/figures\/phase-three" data-frame-attribute-title="[^"]+"><noscript>/
		);
	});

	it('offers the linked still image and AMP, for the chosen phase, view and theme', async () => {
		open();
		const doc = () => new DOMParser().parseFromString(code(), 'text/html');
		await fireEvent.click(screen.getByLabelText('Image (newsletters, print)'));
		expect(screen.getByText(/For newsletters, feed readers/)).toBeInTheDocument();
		let img = doc().querySelector('a > img')!;
		expect(img.closest('a')!.getAttribute('href')).toBe(`${location.origin}/phase/phase-three`);
		expect(img.getAttribute('src')).toBe(`${location.origin}/images/figures/phase-three/plan-light.png`);
		expect(img.getAttribute('alt')).toBe(
			'The numbers, Phase 3 of 3: Fixture phase three (The Gaza peace plan, step by step)'
		);
		await fireEvent.click(screen.getByLabelText('Dark'));
		await fireEvent.click(screen.getByLabelText('What happened since the talks'));
		await fireEvent.change(screen.getByLabelText('Phase'), { target: { value: 'phase-one' } });
		img = doc().querySelector('a > img')!;
		expect(img.closest('a')!.getAttribute('href')).toBe(`${location.origin}/phase/phase-one`);
		expect(img.getAttribute('srcset')).toBe(
			`${location.origin}/images/figures/phase-one/since-dark.png 1x, ` +
				`${location.origin}/images/figures/phase-one/since-dark@2x.png 2x`
		);
		expect(img.getAttribute('alt')).toMatch(/^The numbers, Phase 1 of 3: Fixture phase one/);

		await fireEvent.click(screen.getByLabelText('AMP (amp-iframe)'));
		expect(screen.getByText(/AMP requires the embed over https/)).toBeInTheDocument();
		const amp = doc().querySelector('amp-iframe')!;
		expect(amp.getAttribute('src')).toBe(`${location.origin}/embed/figures/phase-one?theme=dark&view=since`);
		expect(amp.querySelector('amp-img[placeholder]')!.getAttribute('src')).toBe(
			`${location.origin}/images/figures/phase-one/since-dark.png`
		);
		expect(amp.querySelector('[overflow]')).not.toBeNull();
	});

	it('copies with the Clipboard API and says so', async () => {
		const writeText = vi.fn().mockResolvedValue(undefined);
		vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
		open();
		await fireEvent.click(screen.getByRole('button', { name: 'Copy code' }));
		await vi.waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Copied to the clipboard.'));
		expect(writeText).toHaveBeenCalledWith(code());
	});

	it('selects the code for the reader to copy when there is no clipboard', async () => {
		vi.stubGlobal('navigator', { ...navigator, clipboard: undefined });
		open();
		await fireEvent.click(screen.getByRole('button', { name: 'Copy code' }));
		await vi.waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/selected: press Ctrl\+C/));
		const textarea = screen.getByLabelText('Embed code') as HTMLTextAreaElement;
		expect(document.activeElement).toBe(textarea);
		expect(textarea.value.slice(textarea.selectionStart, textarea.selectionEnd)).toBe(code());
	});

	it(
		'keeps the code selected when the preview’s height changes it, ' + 'and says so when copied code goes out of date',
		async () => {
			vi.stubGlobal('navigator', { ...navigator, clipboard: undefined });
			open();
			const preview = screen.getByTitle(/Phase 3 of 3/) as HTMLIFrameElement;
			const textarea = screen.getByLabelText('Embed code') as HTMLTextAreaElement;
			await fireEvent.click(screen.getByRole('button', { name: 'Copy code' }));
			await vi.waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/selected: press Ctrl\+C/));
			window.dispatchEvent(
				new MessageEvent('message', {
					data: { sentinel: 'amp', type: 'embed-size', height: 734 },
					source: preview.contentWindow
				})
			);
			await vi.waitFor(() => expect(code()).toContain('height="734"'));
			await vi.waitFor(() => expect(textarea.value.slice(textarea.selectionStart, textarea.selectionEnd)).toBe(code()));
			expect(screen.getByRole('status')).toHaveTextContent(/selected: press Ctrl\+C/);
			// Once the reader has moved on (the code no longer selected), a change to the code asks for a new copy.
			screen.getByLabelText('Dark').focus(); // as a click does in a browser
			await fireEvent.click(screen.getByLabelText('Dark'));
			expect(screen.getByRole('status')).toHaveTextContent('The code has changed since you copied it: copy it again.');
			await fireEvent.click(screen.getByRole('button', { name: 'Copy code' }));
			await vi.waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/selected: press Ctrl\+C/));
		}
	);

	it('sizes the preview from its own height messages only, and uses that height in the code', async () => {
		open();
		const preview = screen.getByTitle(/Phase 3 of 3/) as HTMLIFrameElement;
		const post = (data: unknown, source: MessageEventSource | null) =>
			window.dispatchEvent(new MessageEvent('message', { data, source }));
		post({ sentinel: 'amp', type: 'embed-size', height: 1e308 }, preview.contentWindow);
		post({ sentinel: 'amp', type: 'embed-size', height: 222 }, window); // from another window
		post('pymxPYMxanyxPYMxheightxPYMx333', preview.contentWindow);
		await vi.waitFor(() => expect(preview).toHaveAttribute('height', '400'));
		post({ sentinel: 'amp', type: 'embed-size', height: 734 }, preview.contentWindow);
		await vi.waitFor(() => expect(preview).toHaveAttribute('height', '734'));
		expect(code()).toContain('height="734"');
	});

	it('links the still images of the phase, view and theme chosen; light for the system’s theme', async () => {
		open();
		const links = () =>
			Array.from(screen.getByRole('region', { name: 'Download image' }).querySelectorAll('a'), (a) => [
				a.textContent,
				a.getAttribute('href'),
				a.getAttribute('download')
			]);
		expect(links()).toEqual([
			['SVG', '/images/figures/phase-three/plan-light.svg', 'gaza-plan-figures-phase-three-plan-light.svg'],
			['PNG', '/images/figures/phase-three/plan-light.png', 'gaza-plan-figures-phase-three-plan-light.png'],
			['PNG 2x', '/images/figures/phase-three/plan-light@2x.png', 'gaza-plan-figures-phase-three-plan-light@2x.png']
		]);
		await fireEvent.click(screen.getByLabelText('Dark'));
		await fireEvent.click(screen.getByLabelText('What happened since the talks'));
		expect(links().map(([, href]) => href)).toEqual([
			'/images/figures/phase-three/since-dark.svg',
			'/images/figures/phase-three/since-dark.png',
			'/images/figures/phase-three/since-dark@2x.png'
		]);
	});

	it('closes with its Close button and tells the page', async () => {
		const { onclose } = open();
		await fireEvent.click(screen.getByRole('button', { name: /Close/ }));
		expect(onclose).toHaveBeenCalledOnce();
		expect(screen.getByRole('dialog', { hidden: true })).not.toHaveAttribute('open');
	});
});

describe('EmbedDialog for the timeline', () => {
	const timeline = embedCatalogue(phasesInOrder(loadFixtureContent())).find((v) => v.kind === 'timeline')!;

	it('offers every event first, then each phase’s events', async () => {
		render(EmbedDialog, { view: timeline, phaseId: '', onclose: vi.fn() });
		expect(screen.getByRole('dialog', { name: 'Embed the timeline' })).toHaveAttribute('open');
		const which = screen.getByLabelText('Which events') as HTMLSelectElement;
		expect([...which.options].map((o) => o.textContent)).toEqual([
			'Every event',
			'Phase 1 of 3: Fixture phase one',
			'Phase 2 of 3: Fixture phase two',
			'Phase 3 of 3: Fixture phase three'
		]);
		expect(code()).toContain(`src="${location.origin}/embed/timeline"`);
		expect(code()).toContain('title="What happened since the plan, on a timeline, every event (');
		await fireEvent.change(which, { target: { value: 'phase-two' } });
		expect(code()).toContain(`src="${location.origin}/embed/timeline/phase-two"`);
	});

	it('embeds the edition the editor picks: its address, its title (its oEmbed answer’s), its page', async () => {
		const arabicTitle = 'الأرقام، المرحلة 3 من 3: المرحلة الثالثة (خطة السلام في غزة، خطوةً خطوة)';
		const hebrewTitle = 'המספרים, שלב 3 מתוך 3: השלב השלישי (תוכנית השלום לעזה, צעד אחר צעד)';
		const fetch = vi.fn(
			async (url: string) => new Response(JSON.stringify({ title: url.startsWith('/he/') ? hebrewTitle : arabicTitle }))
		);
		vi.stubGlobal('fetch', fetch);
		open();
		expect(screen.getByLabelText('English')).toBeChecked();
		await fireEvent.click(screen.getByLabelText('العربية'));
		expect(code()).toContain(`src="${location.origin}/ar/embed/figures/phase-three"`);
		expect(fetch).toHaveBeenCalledWith('/ar/oembed/figures/phase-three.json');
		await vi.waitFor(() => expect(code()).toContain(`title="${arabicTitle}"`));
		expect(screen.getByTitle(arabicTitle).getAttribute('src')).toBe(`${location.origin}/ar/embed/figures/phase-three`);
		await fireEvent.click(screen.getByLabelText('Image (newsletters, print)'));
		expect(code()).toContain(`<a href="${location.origin}/ar/phase/phase-three">`);
		expect(code()).toContain(`alt="${arabicTitle}"`);
		await fireEvent.click(screen.getByLabelText('עברית'));
		expect(code()).toContain(`<a href="${location.origin}/he/phase/phase-three">`);
		await vi.waitFor(() => expect(code()).toContain(`alt="${hebrewTitle}"`));
		expect(code()).not.toContain(arabicTitle);
	});
});
