// The still images as an editor receives them from the built site: a file for every diagram, phase, view, theme and
// format, PNGs of the stated size, SVGs that open on their own with the embed's own title and source line, a card per
// phase and one for the explainer; and the Embed dialog's and the site's Download links, each to a file that exists.
// The Arabic and Hebrew editions have their own, drawn from their own embed pages in their words, under /ar/images/…
// and /he/images/…, which their pages' previews and Embed dialogs name.
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { afterAll, describe, expect, it } from 'vitest';
import type { DiagramKind } from '../../src/lib/content/diagram-kinds';
import { embedCatalogue, isDiagramKind, type EmbedView } from '../../src/lib/embed/catalogue';
import { diagramViews } from '../../src/lib/diagrams/view';
import { cardPath, cardSize, diagramImagePath, imageThemes } from '../../src/lib/images/paths';
import { close, hydrated, openPage } from './browser';
import { phases, phasesInOrder } from './data';

afterAll(close);

const built = (path: string) => readFileSync(new URL(`../../build${path}`, import.meta.url));
const stillWidth = 640;

/** A PNG's width and height from its header, after checking the signature and that the first chunk is IHDR. */
function pngSize(bytes: Buffer): { width: number; height: number } {
	expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** What the embed page shows as the diagram's title and source line, as a reader reads them. */
function embedWords(kind: string, phaseId: string, edition = '') {
	const { document } = new JSDOM(built(`${edition}/embed/${kind}/${phaseId}.html`).toString()).window;
	document.querySelectorAll('.visually-hidden').forEach((e) => e.remove());
	const words = (selector: string) => document.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
	return { title: words('.diagram-title'), source: words('.source-line') };
}

const stills = embedCatalogue(phasesInOrder)
	.filter((v): v is EmbedView & { kind: DiagramKind } => isDiagramKind(v.kind))
	.flatMap((v) =>
		v.phases.flatMap((p) =>
			diagramViews.flatMap((view) => imageThemes.map((theme) => ({ kind: v.kind, phaseId: p.id, view, theme })))
		)
	);
const name = (s: (typeof stills)[number]) => `${s.kind}/${s.phaseId} ${s.view} ${s.theme}`;

describe('the still images in build/', () => {
	it('are made for every diagram in every phase it appears in, both views and both themes', () => {
		// five kinds, each in at least one phase, two views, two themes
		expect(new Set(stills.map((s) => s.kind)).size).toBe(5);
		expect(stills.length).toBeGreaterThanOrEqual(5 * 4);
	});

	it.each(stills.map((s) => [name(s), s] as const))('%s: a PNG at 1x and at exactly twice its size', (_, s) => {
		const one = pngSize(built(diagramImagePath(s.kind, s.phaseId, s.view, s.theme, 'png')));
		const two = pngSize(built(diagramImagePath(s.kind, s.phaseId, s.view, s.theme, 'png@2x')));
		expect(one.width).toBe(stillWidth);
		expect(one.height).toBeGreaterThan(200);
		expect(two).toEqual({ width: one.width * 2, height: one.height * 2 });
	});

	it.each(stills.map((s) => [name(s), s] as const))(
		'%s: an SVG that needs no stylesheet and carries the embed’s title and source line',
		(_, s) => {
			const text = built(diagramImagePath(s.kind, s.phaseId, s.view, s.theme, 'svg')).toString();
			const document = new JSDOM(text, { contentType: 'image/svg+xml' }).window.document; // throws if not XML
			const svg = document.documentElement;
			expect(svg.localName).toBe('svg');
			expect(svg.namespaceURI).toBe('http://www.w3.org/2000/svg');
			expect(Number(svg.getAttribute('width'))).toBe(stillWidth);
			expect(Number(svg.getAttribute('height'))).toBeGreaterThan(200);
			expect(svg.getAttribute('viewBox')).toBe(`0 0 ${svg.getAttribute('width')} ${svg.getAttribute('height')}`);
			expect(text).not.toContain('var(');
			expect(text).not.toContain('class=');
			expect(text).not.toMatch(/<style|<link|@import|https?:\/\/(?!www\.w3\.org\/)[^"\s]*\.css/);
			// Every reference inside the file is to an element the file has.
			for (const [, id] of text.matchAll(/url\(#([^)]+)\)/g)) expect(document.getElementById(id), id).not.toBeNull();
			// The background is the theme's.
			expect(svg.querySelector(':scope > rect')?.getAttribute('fill')).toBe(
				s.theme === 'dark' ? 'rgb(21, 21, 21)' : 'rgb(255, 255, 255)'
			);
			const words = [...document.querySelectorAll('text')].map((t) => t.textContent).join(' ');
			const shown = embedWords(s.kind, s.phaseId);
			expect(shown.title).not.toBe('');
			expect(words).toContain(shown.title);
			expect(words).toContain(shown.source);
			expect(words).toContain('The Gaza peace plan, step by step · ');
		}
	);

	it.each([...phases.map((p) => p.id), undefined])('the card %s is 1200x630', (phaseId) => {
		expect(pngSize(built(cardPath(phaseId)))).toEqual(cardSize);
	});
});

describe('the Download image links', () => {
	const mapPhases = phases.filter((p) => p.diagrams.some((d) => d.kind === 'map'));

	it('in the Embed dialog, give the chosen phase, view and theme as files that exist', async () => {
		const page = await openPage(`/phase/${mapPhases[0].id}`);
		await hydrated(page);
		await page
			.locator('figure[data-diagram="map"]')
			.getByRole('button', { name: /^Embed/ })
			.click();
		const dialog = page.locator('dialog[open]');
		const downloads = dialog.getByRole('region', { name: 'Download image' });
		const links = async () =>
			downloads
				.getByRole('link')
				.evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href'), a.getAttribute('download')]));
		await downloads.getByRole('link', { name: 'PNG 2x' }).waitFor();
		// theme auto: the light image
		expect(await links()).toEqual([
			['SVG', `/images/map/${mapPhases[0].id}/plan-light.svg`, `gaza-plan-map-${mapPhases[0].id}-plan-light.svg`],
			['PNG', `/images/map/${mapPhases[0].id}/plan-light.png`, `gaza-plan-map-${mapPhases[0].id}-plan-light.png`],
			[
				'PNG 2x',
				`/images/map/${mapPhases[0].id}/plan-light@2x.png`,
				`gaza-plan-map-${mapPhases[0].id}-plan-light@2x.png`
			]
		]);
		const last = mapPhases.at(-1)!.id;
		await dialog.getByLabel('Dark').check();
		await dialog.getByLabel('What happened since the talks').check();
		await dialog.locator('select').selectOption(last);
		const chosen = await links();
		expect(chosen.map(([, href]) => href)).toEqual([
			`/images/map/${last}/since-dark.svg`,
			`/images/map/${last}/since-dark.png`,
			`/images/map/${last}/since-dark@2x.png`
		]);
		expect(chosen[1][2]).toBe(`gaza-plan-map-${last}-since-dark.png`);
		// The files are in build/ (vite preview serves SvelteKit's own output, which the images are drawn after).
		for (const [, href] of chosen) expect(built(href!).subarray(0, 4).toString('latin1')).toMatch(/^(<svg|\x89PNG)/);
		await page.context().close();
	});

	it('beside each diagram on the site, give its SVG and PNG in the view shown', async () => {
		const page = await openPage(`/phase/${mapPhases[0].id}`);
		await hydrated(page);
		const line = page.locator('figure[data-diagram="map"] .get-image');
		await page.locator('figure[data-diagram="map"] summary').click();
		expect((await line.innerText()).replace(/\s+/g, ' ')).toBe('Download image: SVG · PNG');
		const hrefs = await line.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		expect(hrefs).toEqual([
			`/images/map/${mapPhases[0].id}/plan-light.svg`,
			`/images/map/${mapPhases[0].id}/plan-light.png`
		]);
		for (const href of hrefs) expect(built(href!).length).toBeGreaterThan(1000);
		await page.context().close();
	});
});

/** An edition's words for the interface (messages/<locale>.json). */
const messagesOf = (locale: 'ar' | 'he'): Record<string, string> =>
	JSON.parse(readFileSync(new URL(`../../messages/${locale}.json`, import.meta.url), 'utf8'));
/** The marks that isolate a line's direction in a still (scripts/images/compose.mjs): no letters of their own. */
const withoutIsolates = (text: string) => text.replace(/[\u2066-\u2069]/g, '');

describe.each([
	['ar', /[\u0600-\u06FF]/],
	['he', /[\u0590-\u05FF]/]
] as const)('the %s edition’s still images and cards', (locale, letters) => {
	const mapPhases = phases.filter((p) => p.diagrams.some((d) => d.kind === 'map'));
	const messages = messagesOf(locale);

	it('a phase page’s link preview names the edition’s card, a 1200x630 file in build/', () => {
		for (const { id } of phases) {
			const { document } = new JSDOM(built(`/${locale}/phase/${id}.html`).toString()).window;
			const image = document.querySelector('meta[property="og:image"]')?.getAttribute('content') ?? '';
			expect(new URL(image).pathname).toBe(`/${locale}/images/cards/${id}.png`);
			expect(new URL(image).pathname).toBe(cardPath(id, locale));
			expect(pngSize(built(cardPath(id, locale)))).toEqual(cardSize);
		}
		expect(pngSize(built(cardPath(undefined, locale)))).toEqual(cardSize);
	});

	it.each(stills.map((s) => [name(s), s] as const))('%s: the SVG carries the edition’s title and credit', (_, s) => {
		const text = built(diagramImagePath(s.kind, s.phaseId, s.view, s.theme, 'svg', locale)).toString();
		const document = new JSDOM(text, { contentType: 'image/svg+xml' }).window.document;
		const words = withoutIsolates([...document.querySelectorAll('text')].map((t) => t.textContent).join(' '));
		const shown = embedWords(s.kind, s.phaseId, `/${locale}`);
		expect(shown.title).toMatch(letters);
		expect(words).toContain(shown.title);
		expect(words).toContain(shown.source);
		expect(words).toContain(`${messages.embed_explainer_name} · `);
		expect(words).toContain(`/${locale}/phase/${s.phaseId}`);
		const one = pngSize(built(diagramImagePath(s.kind, s.phaseId, s.view, s.theme, 'png', locale)));
		const two = pngSize(built(diagramImagePath(s.kind, s.phaseId, s.view, s.theme, 'png@2x', locale)));
		expect(one.width).toBe(stillWidth);
		expect(two).toEqual({ width: one.width * 2, height: one.height * 2 });
	});

	it('the Embed dialog on the edition’s page downloads the edition’s images', async () => {
		const page = await openPage(`/${locale}/phase/${mapPhases[0].id}`);
		await hydrated(page);
		await page
			.locator('figure[data-diagram="map"]')
			.getByRole('button', { name: new RegExp(`^${messages.embed_button}`) })
			.click();
		const downloads = page.locator('dialog[open]').getByRole('region', { name: messages.embed_download_image });
		await downloads.getByRole('link').last().waitFor();
		const hrefs = await downloads.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		expect(hrefs).toEqual([
			`/${locale}/images/map/${mapPhases[0].id}/plan-light.svg`,
			`/${locale}/images/map/${mapPhases[0].id}/plan-light.png`,
			`/${locale}/images/map/${mapPhases[0].id}/plan-light@2x.png`
		]);
		for (const href of hrefs) expect(built(href!).subarray(0, 4).toString('latin1')).toMatch(/^(<svg|\x89PNG)/);
		await page.context().close();
	});
});
