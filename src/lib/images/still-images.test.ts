// The list the build draws from: every diagram in each phase that draws it, in both views and themes, from its embed
// page with the view and theme in the URL; a card per phase with its first diagram, and the explainer's own card; in
// each edition, from the edition's pages, to its own files, with its words.
import { describe, expect, it } from 'vitest';
import { loadEditionForTests, loadFixtureContent } from '$lib/content/test-content';
import { getLocale, overwriteGetLocale, type Locale } from '$lib/paraglide/runtime';
import { phasesInOrder } from '$lib/server/stepper-page';
import { stillImages } from './still-images';

const phases = phasesInOrder(loadFixtureContent());
const list = stillImages(phases);

describe('stillImages', () => {
	it('lists each diagram of each phase in both views and both themes, from its embed page', () => {
		const drawn = phases.flatMap((p) => p.kinds.map((kind) => `${kind}/${p.id}`));
		expect(list.diagrams).toHaveLength(drawn.length * 4);
		expect(new Set(list.diagrams.map((d) => `${d.kind}/${d.phaseId}`))).toEqual(new Set(drawn));
		const [kind, phaseId] = drawn[0].split('/');
		expect(list.diagrams.filter((d) => d.kind === kind && d.phaseId === phaseId)).toEqual([
			expect.objectContaining({ view: 'plan', theme: 'light', page: `/embed/${kind}/${phaseId}?theme=light` }),
			expect.objectContaining({ view: 'plan', theme: 'dark', page: `/embed/${kind}/${phaseId}?theme=dark` }),
			expect.objectContaining({ view: 'since', page: `/embed/${kind}/${phaseId}?theme=light&view=since` }),
			expect.objectContaining({
				view: 'since',
				theme: 'dark',
				files: {
					svg: `/images/${kind}/${phaseId}/since-dark.svg`,
					png: `/images/${kind}/${phaseId}/since-dark.png`,
					'png@2x': `/images/${kind}/${phaseId}/since-dark@2x.png`
				}
			})
		]);
	});

	it('gives each phase a card with its first diagram, and the explainer one with the sequence', () => {
		expect(list.cards.map((c) => c.file)).toEqual([
			...phases.map((p) => `/images/cards/${p.id}.png`),
			'/images/cards/explainer.png'
		]);
		phases.forEach((p, i) => {
			expect(list.cards[i].phase).toEqual({
				id: p.id,
				n: i + 1,
				count: phases.length,
				title: p.title,
				kicker: `Phase ${i + 1} of ${phases.length}`
			});
			expect(list.cards[i].diagram).toEqual(p.kinds[0] ? { kind: p.kinds[0], phaseId: p.id } : undefined);
		});
		expect(list.cards.at(-1)).toEqual({
			file: '/images/cards/explainer.png',
			diagram: { kind: 'sequence', phaseId: phases.find((p) => p.kinds.includes('sequence'))!.id }
		});
		expect(list.cardSize).toEqual({ width: 1200, height: 630 });
		expect(list.explainer.name).toBe('The Gaza peace plan, step by step');
	});
});

/** The list as the edition's build makes it, in a request for its pages. */
function listInEdition(locale: Locale) {
	const requests = getLocale;
	overwriteGetLocale(() => locale);
	try {
		return stillImages(phasesInOrder(loadEditionForTests(locale)));
	} finally {
		overwriteGetLocale(requests);
	}
}

describe.each([
	['ar', 'rtl', 'المرحلة 1 من'],
	['he', 'rtl', 'שלב 1 מתוך']
] as const)('stillImages in the %s edition', (locale, direction, phaseOne) => {
	const edition = listInEdition(locale);

	it('draws from the edition’s embed pages into the edition’s own files, crediting its pages', () => {
		const [still] = edition.diagrams;
		expect(still.page).toBe(`/${locale}/embed/${still.kind}/${still.phaseId}?theme=light`);
		expect(still.files.png).toBe(`/${locale}/images/${still.kind}/${still.phaseId}/plan-light.png`);
		expect(still.credit).toBe(`/${locale}/phase/${still.phaseId}`);
		expect(edition.cards.map((c) => c.file)).toEqual(
			edition.cards.map((c) => `/${locale}/images/cards/${c.phase?.id ?? 'explainer'}.png`)
		);
		expect(edition.cards.at(-1)?.file).toBe(`/${locale}/images/cards/explainer.png`);
		expect(edition.explainer.home).toBe(`/${locale}`);
	});

	it('carries the edition’s words and direction for what the drawing does not say', () => {
		expect(edition.edition).toEqual({ locale, direction });
		expect(edition.cards[0].phase?.kicker).toContain(phaseOne);
		expect(edition.explainer.name).not.toBe(list.explainer.name);
		expect(edition.explainer.description).not.toBe(list.explainer.description);
		expect(edition.diagrams[0].shows).not.toBe(list.diagrams[0].shows);
	});
});
