// Each phase's diagram slide on a 1920×1080 projector, in every edition's deck, measured in the browser: every label
// of the drawing and every word of its quote notes at least 24 px, nothing overlapping, nothing outside the drawing or
// cut off the slide.
import { afterAll, describe, expect, it } from 'vitest';
import { close, hydrated, openPage } from './browser';
import { phases } from './data';

afterAll(close);

/** After the title, four slides a phase: its slide, its diagram on the whole stage, its discussion, since the talks. */
const stageSlides = phases.map((p, i) => ({ phase: p.id, kind: p.diagrams[0].kind, n: 1 + 4 * i + 2 }));
const MIN_PX = 24;

/** The English deck at /present, and the Arabic and Hebrew ones under their editions' prefixes. */
const decks = ['', '/ar', '/he'].flatMap((prefix) =>
	stageSlides.map((slide) => ({ ...slide, deck: `${prefix}/present` }))
);

describe.each(decks)('$deck: the diagram slide of $phase (slide $n, $kind)', ({ n, kind, deck }) => {
	it('draws the diagram with every label at least 24 px, apart and inside, and its notes whole', async () => {
		const page = await openPage(`${deck}?slide=${n}`, { viewport: { width: 1920, height: 1080 } });
		await hydrated(page);
		const found = await page.evaluate(() => {
			const slide = document.querySelector('main .slide')!;
			const svg = slide.querySelector<SVGSVGElement>('figure.diagram svg')!;
			const shown = (el: Element) => {
				for (let e: Element | null = el; e; e = e.parentElement) {
					const s = getComputedStyle(e);
					if (s.display === 'none' || s.visibility === 'hidden' || Number(s.opacity) < 0.05) return false;
				}
				return true;
			};
			const box = (r: DOMRect) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
			// A text's size on screen: its font size in the drawing's units times the scale from those units to pixels.
			const texts = [...svg.querySelectorAll('text')].filter((t) => shown(t) && t.textContent?.trim());
			const labels = texts.map((t) => {
				const m = t.getScreenCTM()!;
				return {
					text: t.textContent!.trim().slice(0, 40),
					px: parseFloat(getComputedStyle(t).fontSize) * Math.hypot(m.a, m.b),
					box: box(t.getBoundingClientRect())
				};
			});
			const notes = slide.querySelector('.notes');
			const html = [...slide.querySelectorAll('.notes *, .caveat')]
				.filter((el) => shown(el) && [...el.childNodes].some((c) => c.nodeType === 3 && c.textContent?.trim()))
				.map((el) => ({ text: el.textContent!.trim().slice(0, 40), px: parseFloat(getComputedStyle(el).fontSize) }));
			return {
				kind: svg.closest('figure')!.getAttribute('data-diagram'),
				drawing: box(svg.getBoundingClientRect()),
				slide: box(slide.getBoundingClientRect()),
				labels,
				html,
				notesClipped: notes ? notes.scrollHeight > notes.clientHeight + 1 : false,
				markers: svg.querySelectorAll('.annotation-marker').length,
				notesCount: notes?.querySelectorAll('li').length ?? 0
			};
		});
		expect(found.kind).toBe(kind);
		expect(found.labels.length).toBeGreaterThan(3);
		const small = found.labels.filter((l) => l.px < MIN_PX - 0.01).map((l) => `${l.text} (${l.px.toFixed(1)} px)`);
		expect(small, 'drawing labels under 24 px').toEqual([]);
		const smallNotes = found.html.filter((l) => l.px < MIN_PX - 0.01).map((l) => `${l.text} (${l.px} px)`);
		expect(smallNotes, 'notes and caveat under 24 px').toEqual([]);
		expect(found.markers, 'a marker for each note').toBe(found.notesCount);
		expect(found.notesClipped, 'the notes fit their column').toBe(false);
		const within = (a: typeof found.drawing, b: typeof found.drawing) =>
			a.left >= b.left - 1 && a.top >= b.top - 1 && a.right <= b.right + 1 && a.bottom <= b.bottom + 1;
		expect(within(found.drawing, found.slide), 'the drawing on the slide').toBe(true);
		const outside = found.labels.filter((l) => !within(l.box, found.drawing)).map((l) => l.text);
		expect(outside, 'labels outside the drawing').toEqual([]);
		const overlapping: string[] = [];
		found.labels.forEach((a, i) =>
			found.labels.slice(i + 1).forEach((b) => {
				const dx = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
				const dy = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
				if (dx > 2 && dy > 2) overlapping.push(`${a.text} / ${b.text}`);
			})
		);
		expect(overlapping, 'labels overlapping').toEqual([]);
		await page.context().close();
	});
});

describe.each(['/present', '/ar/present', '/he/present'])('%s on a 1920×1080 projector', (deck) => {
	// The toolbar shows until the mouse is still; meanwhile it must not hide the diagram slide's caveat, its last line.
	it('keeps its toolbar to one row, clear of the diagram slide’s caveat, with its offline status', async () => {
		const exchange = stageSlides.find((s) => s.kind === 'exchange')!;
		const page = await openPage(`${deck}?slide=${exchange.n}`, { viewport: { width: 1920, height: 1080 } });
		await hydrated(page);
		await page.locator('nav.toolbar .offline').waitFor();
		const { toolbar, row, caveat } = await page.evaluate(() => {
			const bar = document.querySelector('nav.toolbar')!;
			const slide = document.querySelector('main .slide')!;
			const rect = (e: Element) => e.getBoundingClientRect().toJSON() as DOMRect;
			const firstButton = bar.querySelector('a, button')!;
			return {
				toolbar: rect(bar),
				row: rect(firstButton),
				caveat: [...slide.querySelectorAll('.caveat')].map(rect).find((r) => r.height > 0)
			};
		});
		expect(toolbar.height, 'one row').toBeLessThan(2 * row.height);
		expect(caveat, 'the slide has a caveat').toBeDefined();
		expect(toolbar.top, 'below the caveat').toBeGreaterThanOrEqual(caveat!.bottom);
		await page.context().close();
	});
});
