// A stepper page fetches the code of the diagrams it draws,
// and a diagram first met on the way in when the reader steps to it.
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { close, hydrated, openPage } from './browser';
import { phases } from './data';
import { manifestOf } from './edition-manifests';

afterAll(close);

const manifest = manifestOf('en');
const kinds = ['sequence', 'exchange', 'map', 'governance', 'figures'];
/** The built file of each diagram's component, e.g. map -> _app/immutable/chunks/Bp0KebZ3.js */
const codeOf = Object.fromEntries(
	kinds.map((kind) => {
		const entry = Object.entries(manifest).find(([source]) =>
			source.endsWith(`/${kind}/${kind[0].toUpperCase()}${kind.slice(1)}Diagram.svelte`)
		);
		if (!entry) throw new Error(`no built chunk for the ${kind} diagram in the client manifest`);
		return [kind, entry[1].file];
	})
);

/** The diagram kinds whose code the page has fetched so far. */
function fetchedKinds(page: Page) {
	const seen = new Set<string>();
	page.on('request', (r) => {
		for (const kind of kinds) if (r.url().endsWith(`/${codeOf[kind]}`)) seen.add(kind);
	});
	return seen;
}

describe('diagram code, loaded by the page that draws it', () => {
	it('each phase page fetches the code of its own diagrams and not of the others', async () => {
		for (const phase of phases) {
			const page = await openPage('/glossary');
			const seen = fetchedKinds(page);
			await page.goto(page.url().replace('/glossary', `/phase/${phase.id}`));
			await hydrated(page);
			await page.waitForLoadState('networkidle');
			expect([...seen].sort(), phase.id).toEqual([...new Set(phase.diagrams.map((d) => d.kind))].sort());
			await page.context().close();
		}
	});

	it('stepping on to a phase with another kind of diagram fetches it and draws it styled', async () => {
		// The first phase that draws the governance diagram; the one before it does not.
		const to = phases.findIndex((p) => p.diagrams.some((d) => d.kind === 'governance'));
		expect(to).toBeGreaterThan(0);
		const page = await openPage(`/phase/${phases[to - 1].id}`);
		await hydrated(page);
		const seen = fetchedKinds(page);
		await page.getByRole('link', { name: /^Next/ }).click();
		await page.waitForURL(`**/phase/${phases[to].id}`);
		const box = page.locator('figure[data-diagram="governance"] g.actor rect').first();
		await box.waitFor();
		expect(seen.has('governance')).toBe(true);
		// Its scoped styles arrived with it: the boxes are filled and outlined as on a page loaded whole.
		expect(await box.evaluate((el) => getComputedStyle(el).strokeWidth)).not.toBe('1px');
		await page.context().close();
	});
});
