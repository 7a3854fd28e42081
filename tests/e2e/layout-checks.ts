// What a person would notice on a page, measured in the browser: text they can read, diagrams drawn, text boxes that
// overlap or are cut off, where keyboard focus goes and whether they can see it, and whether a diagram is still moving.
import type { Frame, Page } from 'playwright-core';

/** What there is to read: the visible headings, the length of the visible text, the drawn diagrams. */
export function readable(page: Page | Frame) {
	return page.evaluate(() => {
		const shown = (el: Element) => {
			const r = el.getBoundingClientRect();
			const style = getComputedStyle(el);
			return r.width > 1 && r.height > 1 && style.visibility !== 'hidden' && Number(style.opacity) > 0.1;
		};
		const headings = [...document.querySelectorAll('h1, h2, h3')]
			.filter(shown)
			.map((h) => (h as HTMLElement).innerText.trim());
		const diagrams = [...document.querySelectorAll('figure[data-diagram] svg')].filter(
			(svg) => svg.closest('figure') && !svg.closest('button')
		);
		return {
			headings: headings.filter(Boolean),
			textLength: document.body.innerText.trim().length,
			diagrams: diagrams.length,
			drawnDiagrams: diagrams.filter(
				(svg) =>
					shown(svg) &&
					svg.getBoundingClientRect().width >= 100 &&
					svg.querySelectorAll('path, rect, circle, line, polygon, text').length > 0
			).length,
			links: [...document.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).href)
		};
	});
}

/** How wide the page is against the window: more than the window means the reader scrolls sideways. */
export const pageWidth = (page: Page) =>
	page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));

/**
 * Text that a reader cannot read whole: text boxes (each line of each text node, outside SVG, screen-reader-only text
 * left out) that overlap another element's text, or run past the window's right edge or out of a box that clips them.
 */
export function textProblems(page: Page) {
	return page.evaluate(() => {
		/** The content of a closed <details> is not rendered, though Chromium still gives its text boxes. */
		const inClosedDetails = (el: Element) => {
			for (let d = el.closest('details'); d; d = d.parentElement?.closest('details') ?? null)
				if (!d.open && !el.closest('summary')?.parentElement?.isSameNode(d)) return true;
			return false;
		};
		const srOnly = (el: Element | null) => {
			if (el && inClosedDetails(el)) return true;
			for (let e = el; e; e = e.parentElement) {
				const s = getComputedStyle(e);
				if (s.clipPath === 'inset(50%)' || s.clip === 'rect(0px, 0px, 0px, 0px)') return true;
				if (s.display === 'none' || s.visibility === 'hidden' || Number(s.opacity) === 0) return true;
			}
			return false;
		};
		const describe = (el: Element) => {
			const names = [...el.classList].filter((c) => !c.startsWith('svelte-')).join('.');
			const classes = el.classList.length ? '.' + names : '';
			const text = (el.textContent ?? '').trim().slice(0, 40);
			return `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${classes} "${text}"`;
		};
		/** The nearest ancestor that clips horizontally (overflow other than visible), and whether it scrolls. */
		const clipper = (el: Element) => {
			for (let e = el.parentElement; e && e !== document.body; e = e.parentElement) {
				const o = getComputedStyle(e).overflowX;
				if (o !== 'visible') return { box: e.getBoundingClientRect(), scrolls: o === 'auto' || o === 'scroll' };
			}
			return null;
		};
		const boxes: { el: Element; r: DOMRect }[] = [];
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const el = node.parentElement;
			if (!el || !node.textContent?.trim() || el.closest('svg, script, style, noscript, template') || srOnly(el))
				continue;
			const range = document.createRange();
			range.selectNodeContents(node);
			for (const r of range.getClientRects()) if (r.width > 0.5 && r.height > 0.5) boxes.push({ el, r });
		}
		const problems: string[] = [];
		const width = document.documentElement.clientWidth;
		for (const { el, r } of boxes) {
			const clip = clipper(el);
			if (clip?.scrolls) continue; // inside a box the reader can scroll: not cut off
			const right = Math.min(width, clip ? clip.box.right : width);
			const left = clip ? Math.max(0, clip.box.left) : 0;
			if (r.right > right + 1 || r.left < left - 1)
				problems.push(
					`cut off: ${describe(el)} spans ${Math.round(r.left)}–${Math.round(r.right)} px, ` +
						`visible ${Math.round(left)}–${Math.round(right)}`
				);
		}
		// Asked of every pair of boxes: remembered per element, or a long page takes a minute on its styles alone.
		const fixedness = new Map<Element, boolean>();
		const fixed = (el: Element): boolean => {
			let known = fixedness.get(el);
			if (known === undefined) {
				known =
					['fixed', 'sticky'].includes(getComputedStyle(el).position) ||
					(!!el.parentElement && fixed(el.parentElement));
				fixedness.set(el, known);
			}
			return known;
		};
		// Top to bottom, so that each box is compared only with the boxes that start above its bottom: a long page has
		// thousands of text boxes, and comparing every pair took minutes.
		const sorted = boxes.map((box) => ({ ...box, fixed: fixed(box.el) })).sort((a, b) => a.r.top - b.r.top);
		for (let i = 0; i < sorted.length; i++)
			for (let j = i + 1; j < sorted.length && sorted[j].r.top < sorted[i].r.bottom - 2; j++) {
				const a = sorted[i];
				const b = sorted[j];
				if (a.el === b.el || a.el.contains(b.el) || b.el.contains(a.el) || a.fixed !== b.fixed) continue;
				const dx = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
				const dy = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
				if (dx > 2 && dy > 2) problems.push(`overlap: ${describe(a.el)} and ${describe(b.el)}`);
			}
		return [...new Set(problems)];
	});
}

/** The text a reader can see, as a set of lines (whitespace collapsed), to compare two layouts of one page. */
export function visibleText(page: Page) {
	return page.evaluate(() => {
		const inClosedDetails = (el: Element) => {
			for (let d = el.closest('details'); d; d = d.parentElement?.closest('details') ?? null)
				if (!d.open && !el.closest('summary')?.parentElement?.isSameNode(d)) return true;
			return false;
		};
		const found = new Set<string>();
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const el = node.parentElement;
			const text = node.textContent?.replace(/\s+/g, ' ').trim();
			if (!el || !text || el.closest('script, style, noscript, template') || inClosedDetails(el)) continue;
			// A live status says what is happening now (the deck's "Saving for offline use…", then "Ready offline"): it
			// changes between two loads by design, and is not content a layout can lose.
			if (el.closest('[role="status"]')) continue;
			const range = document.createRange();
			range.selectNodeContents(node);
			const r = range.getBoundingClientRect();
			const s = getComputedStyle(el);
			if (r.width > 1 && r.height > 1 && s.visibility !== 'hidden' && Number(s.opacity) > 0) found.add(text);
		}
		return [...found];
	});
}

/**
 * Marks every element a keyboard user should reach with Tab, in document order (links, controls, summaries, and
 * scroll boxes with nothing focusable inside, which Chromium puts in the tab order), and returns their names.
 */
export function markTabStops(page: Page) {
	return page.evaluate(() => {
		const hidden = (el: Element) => {
			if (el.closest('[inert], details:not([open]) > :not(summary), dialog:not([open])')) return true;
			for (let e: Element | null = el; e; e = e.parentElement) {
				const s = getComputedStyle(e);
				if (s.display === 'none' || s.visibility === 'hidden') return true;
			}
			return false;
		};
		const selector =
			'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), ' +
			'textarea:not([disabled]), summary, iframe, [tabindex]';
		const stops = [...document.querySelectorAll(selector)].filter((el) => {
			const tabindex = el.getAttribute('tabindex');
			if (tabindex !== null && Number(tabindex) < 0) return false;
			if (el.tagName === 'SUMMARY' && el.parentElement?.querySelector(':scope > summary') !== el) return false;
			if (
				(el as HTMLInputElement).type === 'radio' &&
				!(el as HTMLInputElement).checked &&
				document.querySelector(`input[type="radio"][name="${(el as HTMLInputElement).name}"]:checked`)
			)
				return false;
			return !hidden(el);
		});
		const scrollers = [...document.querySelectorAll('body *')].filter((el) => {
			const s = getComputedStyle(el);
			const scrolls =
				(['auto', 'scroll'].includes(s.overflowX) && el.scrollWidth > el.clientWidth) ||
				(['auto', 'scroll'].includes(s.overflowY) && el.scrollHeight > el.clientHeight);
			return scrolls && !hidden(el) && !stops.some((stop) => el.contains(stop)) && el.tagName !== 'IFRAME';
		});
		const all = [...new Set([...stops, ...scrollers])].sort((a, b) =>
			a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1
		);
		all.forEach((el, i) => el.setAttribute('data-tab-stop', String(i)));
		return all.map((el) => {
			const name = (el as HTMLElement).innerText || el.getAttribute('aria-label') || el.getAttribute('title') || '';
			return `${el.tagName.toLowerCase()} "${name.trim().slice(0, 40)}"`;
		});
	});
}

/** Where focus is after a key press, and whether the reader can see it (an outline or a box shadow). */
export function focusNow(page: Page) {
	return page.evaluate(() => {
		const el = document.activeElement;
		if (!el || el === document.body) return { stop: null, visible: false, name: 'body', frame: false };
		const s = getComputedStyle(el);
		const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
		const shadow = s.boxShadow !== 'none';
		return {
			stop: el.getAttribute('data-tab-stop'),
			visible: outline || shadow || el.tagName === 'IFRAME',
			name: `${el.tagName.toLowerCase()} "${((el as HTMLElement).innerText || '').trim().slice(0, 40)}"`,
			frame: el.tagName === 'IFRAME'
		};
	});
}

/** Every SVG element in the diagrams with the properties a transition would move, to compare two moments. */
export function diagramSnapshot(page: Page) {
	return page.evaluate(() =>
		[...document.querySelectorAll('figure[data-diagram] svg *')].map((el) => {
			const s = getComputedStyle(el);
			const attributes = [...el.attributes].filter((a) => a.name !== 'class').map((a) => `${a.name}=${a.value}`);
			return [el.tagName, ...attributes, s.opacity, s.fill, s.stroke, s.strokeWidth, s.transform, s.fillOpacity].join(
				' '
			);
		})
	);
}

/** The computed transition-duration of every SVG element in the diagrams, in document order. */
export function svgTransitionDurations(page: Page) {
	return page.evaluate(() =>
		[...document.querySelectorAll('figure[data-diagram] svg *')].map((el) => getComputedStyle(el).transitionDuration)
	);
}

/** Whether a computed transition-duration ("0s, 0.4s") moves anything. */
export const moves = (duration: string) => duration.split(',').some((d) => parseFloat(d) > 0);

/**
 * The labels of the drawings a page shows (every shown `<text>` of the SVGs the selector finds, line by line) that a
 * reader cannot read whole, measured as the browser draws them: a line outside its drawing, or two lines overlapping.
 * A line's width is the browser's; its height is the em box the layouts measure with (src/lib/diagrams/text.ts, from
 * 0.8 of the size above the baseline to 0.2 below), since Arabic vowel marks may rise into the line above by design.
 */
export function svgLabelProblems(page: Page | Frame, selector = 'figure.diagram svg') {
	return page.evaluate((selector) => {
		const shown = (el: Element) => {
			for (let e: Element | null = el; e; e = e.parentElement) {
				const s = getComputedStyle(e);
				if (s.display === 'none' || s.visibility === 'hidden' || Number(s.opacity) < 0.05) return false;
			}
			return true;
		};
		/** Each line of a text: its tspans where the layout wrapped it into lines, or the text itself. */
		const lines = (t: SVGTextElement) => {
			const spans = [...t.querySelectorAll('tspan')].filter((s) => s.textContent?.trim());
			return spans.length > 1 ? spans : [t];
		};
		const lineBox = (line: SVGTextContentElement) => {
			const r = line.getBoundingClientRect();
			const m = line.getScreenCTM()!;
			const start = line.getStartPositionOfChar(0);
			const baseline = m.b * start.x + m.d * start.y + m.f;
			const size = parseFloat(getComputedStyle(line).fontSize) * Math.hypot(m.c, m.d);
			return { left: r.left, right: r.right, top: baseline - 0.8 * size, bottom: baseline + 0.2 * size };
		};
		const problems: string[] = [];
		const svgs = [...document.querySelectorAll<SVGSVGElement>(selector)].filter(
			(svg) => shown(svg) && !svg.parentElement?.closest('svg')
		);
		for (const svg of svgs) {
			const kind = svg.closest('figure')?.getAttribute('data-diagram') ?? 'drawing';
			const frame = svg.getBoundingClientRect();
			const labels = [...svg.querySelectorAll('text')]
				.filter((t) => shown(t) && t.textContent?.trim())
				.flatMap((t) => lines(t).map((l) => ({ text: l.textContent!.trim().slice(0, 40), r: lineBox(l) })));
			for (const { text, r } of labels)
				if (
					r.left < frame.left - 1 ||
					r.top < frame.top - 1 ||
					r.right > frame.right + 1 ||
					r.bottom > frame.bottom + 1
				)
					problems.push(`${kind}: "${text}" outside the drawing`);
			labels.forEach((a, i) =>
				labels.slice(i + 1).forEach((b) => {
					const dx = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
					const dy = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
					if (dx > 2 && dy > 2) problems.push(`${kind}: "${a.text}" over "${b.text}"`);
				})
			);
		}
		return { drawings: svgs.length, problems };
	}, selector);
}
