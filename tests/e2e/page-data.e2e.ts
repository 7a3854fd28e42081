// A stepper page's own data, as the browser receives it when the reader steps to it, draws the same phase as the whole
// content does: nothing the page shows is missing from, or blank in, what the page carries.
import { readFileSync } from 'node:fs';
import { unflatten } from 'devalue';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { buildContent } from '../../src/lib/content/build';
import { readDataFolder } from '../../src/lib/content/test-content';
import { validateContent } from '../../src/lib/content/validate';
import { readyDiagrams } from '../../src/lib/diagrams/components';
import { diagramMakers } from '../../src/lib/diagrams/makers';
import { renderMarkdown } from '../../src/lib/server/markdown';
import { stepperPage } from '../../src/lib/server/stepper-page';
import PhaseView from '../../src/lib/stepper/PhaseView.svelte';
import type { StepperPage } from '../../src/lib/stepper/stepper-page';

// The content as the build makes it: every file of data/, validated, with its markdown rendered and sanitized.
const content = buildContent(validateContent(readDataFolder()), renderMarkdown);
const makers = diagramMakers(content);

/** What the built site sends for a page when the reader steps to it: its `__data.json`, read as SvelteKit reads it. */
function builtPageData(path: string): StepperPage {
	const file = new URL(`../../build${path === '/' ? '' : path}/__data.json`, import.meta.url);
	const { nodes } = JSON.parse(readFileSync(file, 'utf8')) as { nodes: ({ data: unknown[] } | null)[] };
	// One node a layout or page, outermost first: the site's two layouts load nothing, the stepper's layout loads the
	// page's data, and a phase's page adds nothing.
	const [root, site, stepper, ...rest] = nodes;
	expect([root, site]).toEqual([null, null]);
	expect(rest.map((n) => n && unflatten(n.data))).toEqual([null]);
	return unflatten(stepper!.data) as StepperPage;
}

async function markup(page: StepperPage): Promise<string> {
	const diagrams = await readyDiagrams(page.drawings);
	const { body } = await render(PhaseView, { props: { ...page, diagrams } });
	return body;
}

const pages = [
	{ path: '/', phaseId: content.phases[0].id },
	...content.phases.map((p) => ({ path: `/phase/${p.id}`, phaseId: p.id }))
];

describe("a stepper page's own data", () => {
	it.each(pages)('draws $path as the whole content does', async ({ path, phaseId }) => {
		const fromContent = await markup(stepperPage(content, makers, phaseId));
		const fromPage = await markup(builtPageData(path));
		expect(fromContent).toContain(content.phaseById[phaseId].title);
		expect(fromContent.match(/<svg/g)?.length).toBe(content.phaseById[phaseId].diagrams.length);
		expect(fromPage).toBe(fromContent);
	});
});
