// oEmbed as a CMS reads it: unfurl.js, given the public address of an embed page or a phase page, finds the page's
// oEmbed link, fetches the JSON and hands back what the CMS would paste. The addresses are absolute on SITE_ORIGIN;
// the test serves build/ elsewhere, so the library's fetch maps that origin to the test server: the build is unchanged.
import { JSDOM } from 'jsdom';
import { unfurl } from 'unfurl.js';
import { describe, expect, it } from 'vitest';
import { EXPLAINER_NAME, embedCatalogue, embedPath, frameTitle } from '../../src/lib/embed/catalogue';
import { baseUrl } from './browser';
import { origin } from './built-pages';
import { phasesInOrder } from './data';

const views = embedCatalogue(phasesInOrder);
const stepper = views.find((v) => v.kind === 'stepper')!;

/** A fetch that sends what is asked of the site's public origin to the server of build/, and nothing else anywhere. */
function fetchFromBuild(url: string) {
	if (!url.startsWith(`${origin}/`)) throw new Error(`${url} is not on the site's origin ${origin}`);
	return fetch(baseUrl() + url.slice(origin.length));
}

interface Case {
	/** The address an editor pastes. */
	page: string;
	/** The embed the CMS should show, and the card for its thumbnail. */
	view: (typeof views)[number];
	phaseId?: string;
	card: string;
}

const cases: Case[] = [
	...views.flatMap((view) => [
		{ page: embedPath(view.kind), view, card: view.whole ? 'explainer' : (view.phases[0]?.id ?? 'explainer') },
		...view.phases.map((p) => ({ page: embedPath(view.kind, p.id), view, phaseId: p.id, card: p.id }))
	]),
	// The home page is the stepper at its first phase; each phase page, the stepper at that phase.
	{ page: '/', view: stepper, card: stepper.phases[0].id },
	...stepper.phases.map((p) => ({ page: `/phase/${p.id}`, view: stepper, phaseId: p.id, card: p.id }))
];

describe('oEmbed, read by a CMS library', () => {
	it('covers every embed page and every phase page', () => {
		expect(cases.filter((c) => c.page.startsWith('/embed/')).length).toBeGreaterThanOrEqual(30);
		expect(cases.filter((c) => c.page.startsWith('/phase/'))).toHaveLength(phasesInOrder.length);
	});

	it.each(cases)('$page', async ({ page, view, phaseId, card }) => {
		const result = await unfurl(`${origin}${page}`, { fetch: fetchFromBuild, oembed: true });
		const oembed = result.oEmbed;
		expect(oembed?.type).toBe('rich');
		if (oembed?.type !== 'rich') return;
		const title = frameTitle(view, phaseId);
		expect(oembed.version).toBe('1.0');
		expect(oembed.title).toBe(title);
		expect(oembed.provider_name).toBe(EXPLAINER_NAME);
		expect(oembed.provider_url).toBe(`${origin}/`);
		expect([oembed.width, oembed.height]).toEqual([600, 600]);
		expect(oembed.thumbnails).toEqual([{ url: `${origin}/images/cards/${card}.png`, width: 1200, height: 630 }]);

		// The HTML the CMS pastes: one iframe, at the embed's absolute address, named for screen readers.
		const fragment = JSDOM.fragment(oembed.html);
		const frames = fragment.querySelectorAll('iframe');
		expect(fragment.children).toHaveLength(1);
		expect(frames).toHaveLength(1);
		const src = `${origin}${embedPath(view.kind, phaseId)}`;
		expect(frames[0].getAttribute('src')).toBe(src);
		expect(frames[0].getAttribute('title')).toBe(title);
		expect(fragment.querySelector('script')).toBeNull();
		// ... and that address is a page the site serves.
		const framed = await fetchFromBuild(src);
		expect(framed.status).toBe(200);
		expect(await framed.text()).toContain(`<meta name="embed-view" content="${view.kind}"`);
	});

	it.each(['ar', 'he'])('an %s page gives its own edition’s answer: its title and its embed', async (edition) => {
		const phase = stepper.phases[1];
		const result = await unfurl(`${origin}/${edition}/phase/${phase.id}`, { fetch: fetchFromBuild, oembed: true });
		const oembed = result.oEmbed;
		expect(oembed?.type).toBe('rich');
		if (oembed?.type !== 'rich') return;
		expect(oembed.title).toMatch(edition === 'ar' ? /[\u0600-\u06FF]/ : /[\u0590-\u05FF]/);
		expect(oembed.title).not.toBe(frameTitle(stepper, phase.id));
		expect(oembed.provider_url).toBe(`${origin}/${edition}`);
		const frame = JSDOM.fragment(oembed.html).querySelector('iframe')!;
		expect(frame.getAttribute('src')).toBe(`${origin}/${edition}${embedPath('stepper', phase.id)}`);
		expect(frame.getAttribute('title')).toBe(oembed.title);
		// The edition's own card, drawn from its own embed in its words.
		expect(oembed.thumbnails).toEqual([
			{ url: `${origin}/${edition}/images/cards/${phase.id}.png`, width: 1200, height: 630 }
		]);
	});
});
