// What runs inside an embed page in the browser to take a still of it: the diagram's drawing as one self-contained SVG
// (every style the page's stylesheets give it written on it as attributes), the words around it as the embed shows
// them, the theme's colours; and a measure of the words, to break them into lines as a browser would.
// Each function is sent to the page whole (page.evaluate), so it uses nothing from outside its own body.

/**
 * The diagram of an embed page as the reader sees it, in the view asked for.
 * @param {'plan' | 'since'} view
 */
export function stillOfEmbed(view) {
	const SVG = 'http://www.w3.org/2000/svg';
	/** Styles that SVG reads as presentation attributes and that children inherit. */
	const inherited = [
		'fill',
		'fill-opacity',
		'fill-rule',
		'stroke',
		'stroke-width',
		'stroke-dasharray',
		'stroke-dashoffset',
		'stroke-linecap',
		'stroke-linejoin',
		'stroke-miterlimit',
		'stroke-opacity',
		'font-family',
		'font-size',
		'font-weight',
		'font-style',
		'text-anchor',
		'letter-spacing',
		'word-spacing',
		'visibility',
		'paint-order',
		'marker-start',
		'marker-mid',
		'marker-end',
		'clip-rule'
	];
	/** Styles of the element alone, written where they differ from their initial value. */
	const own = {
		opacity: '1',
		'stop-color': 'rgb(0, 0, 0)',
		'stop-opacity': '1',
		'clip-path': 'none',
		mask: 'none',
		filter: 'none',
		'dominant-baseline': 'auto',
		'text-decoration-line': 'none'
	};
	const drawn = new Set([
		'g',
		'path',
		'rect',
		'circle',
		'ellipse',
		'line',
		'polyline',
		'polygon',
		'text',
		'tspan',
		'use'
	]);
	/**
	 * Right-to-left text keeps its look in a file that reads left to right (resvg reads no `direction`): its anchor is
	 * written as the side it stands on, not the side its direction names, and its words are isolated in the order the
	 * page reads them in, by their first letter (unicode-bidi: plaintext) or right to left.
	 */
	const physicalAnchor = { start: 'end', end: 'start', middle: 'middle' };
	const isolate = (style, words) =>
		style.direction !== 'rtl' ? words : `${style.unicodeBidi === 'plaintext' ? '\u2068' : '\u2067'}${words}\u2069`;
	/**
	 * Signs (⚠, ✓, ≈, ◔, …) that the editions' faces lack: resvg, meeting one in a text of Arabic, draws the whole text
	 * in another face, bold and wider. In a right-to-left text each sign and each run of words between signs is drawn
	 * apart, where the page drew it.
	 */
	const sign = /[\u2190-\u2bff]/;
	const runs = (text) => text.split(/([\u2190-\u2bff]+)/);

	/** An SVG text of one run of characters, as a group of texts, one per run, each at its left edge on the page. */
	function runsApart(original, copy, style) {
		const group = document.createElementNS(SVG, 'g');
		const placed = new Set(['x', 'y', 'dx', 'dy', 'text-anchor', 'rotate', 'textLength', 'lengthAdjust']);
		for (const attribute of copy.attributes)
			if (!placed.has(attribute.name)) group.setAttribute(attribute.name, attribute.value);
		let offset = 0;
		for (const piece of runs(original.textContent)) {
			const from = offset + piece.length - piece.trimStart().length;
			const words = piece.trim();
			offset += piece.length;
			if (!words) continue;
			let left = Infinity;
			for (let i = from; i < from + words.length; i++) left = Math.min(left, original.getExtentOfChar(i).x);
			const run = document.createElementNS(SVG, 'text');
			run.setAttribute('x', round(left));
			run.setAttribute('y', round(original.getStartPositionOfChar(from).y));
			run.setAttribute('text-anchor', 'start');
			run.textContent = sign.test(words) ? words : isolate(style, words);
			group.appendChild(run);
		}
		return group;
	}
	/** url("http://host/page#id") or url(#id) → url(#id): the reference stays inside the file. */
	const localUrl = (value) => value.replace(/url\(\s*["']?[^#"')]*#([^"')]+)["']?\s*\)/g, 'url(#$1)');
	const figure = document.querySelector('figure.diagram');
	if (!figure) throw new Error(`no diagram on ${location.href}`);
	const drawing = figure.querySelector(view === 'since' ? '.view-since .drawing' : '.view-plan .drawing');
	if (!drawing) throw new Error(`no drawing of the ${view} view on ${location.href}`);
	for (const animation of document.getAnimations()) animation.finish();

	/** A copy of an SVG element and everything in it, with its computed styles as attributes and no classes. */
	function styledCopy(original, parentStyle) {
		const copy = original.cloneNode(false);
		const style = getComputedStyle(original);
		const name = original.localName;
		if (drawn.has(name) && style.display === 'none') return null;
		for (const attribute of [...copy.attributes]) {
			const n = attribute.name;
			if (n === 'class' || n === 'style' || n === 'tabindex' || n.startsWith('data-') || n.startsWith('aria-'))
				copy.removeAttribute(n);
			else if (attribute.value.includes('url(')) copy.setAttribute(n, localUrl(attribute.value));
		}
		if (name === 'a') copy.removeAttribute('href');
		for (const property of inherited) {
			const computed = style.getPropertyValue(property);
			const value = property === 'text-anchor' && style.direction === 'rtl' ? physicalAnchor[computed] : computed;
			if (!parentStyle || computed !== parentStyle.getPropertyValue(property))
				if (!(property === 'letter-spacing' || property === 'word-spacing') || value !== 'normal')
					copy.setAttribute(property, localUrl(value));
		}
		for (const [property, initial] of Object.entries(own)) {
			const value = style.getPropertyValue(property);
			if (value && value !== initial) {
				const attribute = property === 'text-decoration-line' ? 'text-decoration' : property;
				copy.setAttribute(attribute, localUrl(value));
			}
		}
		// A CSS transform (not the attribute's own) is carried as an attribute.
		if (style.transform !== 'none' && !original.hasAttribute('transform') && name !== 'svg')
			copy.setAttribute('transform', style.transform);
		for (const child of original.childNodes) {
			if (child.nodeType === Node.TEXT_NODE)
				copy.appendChild(document.createTextNode(child.data.trim() ? isolate(style, child.data) : child.data));
			else if (child.nodeType === Node.ELEMENT_NODE) {
				const childCopy = styledCopy(child, style);
				if (childCopy) copy.appendChild(childCopy);
			}
		}
		// Only a text of one run of characters (no tspans) whose characters the page counts as its source does.
		if (
			name === 'text' &&
			style.direction === 'rtl' &&
			sign.test(original.textContent) &&
			!original.children.length &&
			original.getNumberOfChars() === original.textContent.length
		)
			return runsApart(original, copy, style);
		// A link inside a drawing leads nowhere in a file of its own: its contents stay, as a group.
		if (name === 'a') {
			const group = document.createElementNS(SVG, 'g');
			for (const attribute of copy.attributes) group.setAttribute(attribute.name, attribute.value);
			group.append(...copy.childNodes);
			return group;
		}
		return copy;
	}

	/** Elements the copy refers to (markers, patterns, gradients, clips) that live elsewhere in the page. */
	function carryReferences(root) {
		const defs = document.createElementNS(SVG, 'defs');
		for (let round = 0; round < 5; round++) {
			const wanted = new Set();
			for (const element of [root, ...root.querySelectorAll('*')])
				for (const attribute of element.attributes) {
					for (const match of attribute.value.matchAll(/url\(#([^)]+)\)/g)) wanted.add(match[1]);
					if (/^(xlink:)?href$/.test(attribute.name) && attribute.value.startsWith('#'))
						wanted.add(attribute.value.slice(1));
				}
			const missing = [...wanted].filter((id) => !root.querySelector(`[id="${CSS.escape(id)}"]`));
			if (!missing.length) break;
			for (const id of missing) {
				const found = document.getElementById(id);
				if (!found) throw new Error(`the drawing refers to #${id}, which the page does not have`);
				defs.appendChild(styledCopy(found, null));
			}
			if (!defs.parentNode) root.prepend(defs);
		}
	}

	const box = drawing.getBoundingClientRect();
	/** Position inside the drawing's box, in CSS pixels. */
	const at = (rect) => ({ x: rect.left - box.left, y: rect.top - box.top, width: rect.width, height: rect.height });
	const round = (n) => String(Math.round(n * 100) / 100);
	const parts = [];
	/** What the drawing covers inside its box: the cards frame the drawing, not the box's empty sides. */
	const bounds = { left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity };
	const cover = ({ x, y, width, height }) => {
		bounds.left = Math.min(bounds.left, x);
		bounds.top = Math.min(bounds.top, y);
		bounds.right = Math.max(bounds.right, x + width);
		bounds.bottom = Math.max(bounds.bottom, y + height);
	};
	const canvas = document.createElement('canvas').getContext('2d');

	/** An SVG in the drawing, at its place and size. */
	function placeSvg(svg) {
		const copy = styledCopy(svg, null);
		carryReferences(copy);
		const place = at(svg.getBoundingClientRect());
		for (const [k, v] of Object.entries(place)) copy.setAttribute(k, round(v));
		copy.removeAttribute('role');
		cover(place);
		parts.push(copy);
	}

	/** A run of HTML text, line by line as the browser broke it, as SVG text in the same font. */
	function placeText(node, style) {
		const words = [...node.data.matchAll(/\S+/g)];
		if (!words.length) return;
		const range = document.createRange();
		const lines = [];
		for (const word of words) {
			range.setStart(node, word.index);
			range.setEnd(node, word.index + word[0].length);
			const rect = range.getClientRects()[0];
			if (!rect) continue;
			cover(at(rect));
			const line = lines.at(-1);
			const placed = { text: word[0], left: rect.left, right: rect.right };
			if (line && Math.abs(line.top - rect.top) < 2) line.words.push(placed);
			else lines.push({ top: rect.top, words: [placed] });
		}
		// A line that reads right to left starts at its right edge; its signs are drawn apart (runsApart says why).
		const rtl = style.direction === 'rtl';
		const runsOf = (line) =>
			rtl
				? line.words.reduce((all, word) => {
						const last = all.at(-1);
						if (last && !sign.test(word.text) && !sign.test(last.at(-1).text)) last.push(word);
						else all.push([word]);
						return all;
					}, [])
				: [line.words];
		canvas.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
		const ascent = canvas.measureText('Hg').fontBoundingBoxAscent;
		const upper = style.textTransform === 'uppercase';
		for (const line of lines)
			for (const run of runsOf(line)) {
				const text = document.createElementNS(SVG, 'text');
				const edge = rtl ? Math.max(...run.map((w) => w.right)) : Math.min(...run.map((w) => w.left));
				text.setAttribute('x', round(edge - box.left));
				if (rtl) text.setAttribute('text-anchor', 'end');
				text.setAttribute('y', round(line.top - box.top + ascent));
				text.setAttribute('fill', style.color);
				text.setAttribute('font-family', style.fontFamily);
				text.setAttribute('font-size', style.fontSize);
				if (style.fontWeight !== '400') text.setAttribute('font-weight', style.fontWeight);
				if (style.fontStyle !== 'normal') text.setAttribute('font-style', style.fontStyle);
				if (style.letterSpacing !== 'normal') text.setAttribute('letter-spacing', style.letterSpacing);
				const words = run.map((w) => w.text).join(' ');
				text.textContent = isolate(style, upper ? words.toUpperCase() : words);
				parts.push(text);
			}
	}

	/** A box's background and borders, where it has any. */
	function placeBox(element, style) {
		const place = at(element.getBoundingClientRect());
		const radius = parseFloat(style.borderTopLeftRadius) || 0;
		const background = style.backgroundColor;
		if (background && !/rgba\(.*,\s*0\)$/.test(background) && background !== 'transparent') {
			const rect = document.createElementNS(SVG, 'rect');
			for (const [k, v] of Object.entries(place)) rect.setAttribute(k, round(v));
			if (radius) rect.setAttribute('rx', round(radius));
			rect.setAttribute('fill', background);
			parts.push(rect);
			cover(place);
		}
		for (const side of ['Top', 'Right', 'Bottom', 'Left']) {
			const width = parseFloat(style[`border${side}Width`]);
			if (!width || style[`border${side}Style`] === 'none') continue;
			const line = document.createElementNS(SVG, 'line');
			const { x, y, width: w, height: h } = place;
			const half = width / 2;
			const ends = {
				Top: [x, y + half, x + w, y + half],
				Right: [x + w - half, y, x + w - half, y + h],
				Bottom: [x, y + h - half, x + w, y + h - half],
				Left: [x + half, y, x + half, y + h]
			}[side];
			['x1', 'y1', 'x2', 'y2'].forEach((k, i) => line.setAttribute(k, round(ends[i])));
			line.setAttribute('stroke', style[`border${side}Color`]);
			line.setAttribute('stroke-width', round(width));
			if (style[`border${side}Style`] === 'dashed') line.setAttribute('stroke-dasharray', `${width * 3} ${width * 2}`);
			parts.push(line);
		}
	}

	/** Words hidden for the eye but kept for screen readers take no room on the page. */
	const hiddenForTheEye = (rect) => rect.width <= 1 && rect.height <= 1;

	function placeHtml(element) {
		const style = getComputedStyle(element);
		if (style.display === 'none' || hiddenForTheEye(element.getBoundingClientRect())) return;
		if (element !== drawing) placeBox(element, style);
		for (const child of element.childNodes) {
			if (child.nodeType === Node.TEXT_NODE && style.visibility !== 'hidden') placeText(child, style);
			else if (child instanceof SVGSVGElement) {
				if (getComputedStyle(child).display !== 'none') placeSvg(child);
			} else if (child instanceof HTMLElement) placeHtml(child);
		}
	}
	placeHtml(drawing);

	const text = (selector) => {
		const element = document.querySelector(selector);
		if (!element) return '';
		const copy = element.cloneNode(true);
		copy.querySelectorAll('.visually-hidden').forEach((e) => e.remove());
		return copy.textContent.replace(/\s+/g, ' ').trim();
	};
	const styleOf = (selector) => {
		const style = getComputedStyle(document.querySelector(selector) ?? document.body);
		return {
			fontFamily: style.fontFamily,
			fontSize: parseFloat(style.fontSize),
			fontWeight: style.fontWeight,
			letterSpacing: style.letterSpacing === 'normal' ? 0 : parseFloat(style.letterSpacing),
			color: style.color
		};
	};
	/** The plan's numbered quotes beside the drawing: its markers' numbers mean these. */
	const notes =
		view === 'since'
			? []
			: Array.from(figure.querySelectorAll('.view-plan ol.notes > li'), (li) => {
					const clean = (e) => e?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
					const caption = li.querySelector('figcaption');
					const kind = clean(caption?.querySelector('.kind'));
					const by = clean(caption).slice(kind.length).trim();
					return {
						n: clean(li.querySelector('.n')),
						quote: clean(li.querySelector('blockquote')),
						// The quote in the edition's words, under the English, where the edition gives one.
						translation: clean(li.querySelector('.translation')),
						by: `${kind}: ${by}`
					};
				});
	const body = getComputedStyle(document.body);
	const serializer = new XMLSerializer();
	return {
		drawing: parts.map((p) => serializer.serializeToString(p)).join('\n'),
		width: box.width,
		height: box.height,
		bounds: { x: bounds.left, y: bounds.top, width: bounds.right - bounds.left, height: bounds.bottom - bounds.top },
		words: {
			kicker: text('.embed-title'),
			title: text('.diagram-title'),
			after: view === 'since' ? text('.view-since .as-of') : text('.caveat.view-plan'),
			source: text('.source-line'),
			notes
		},
		styles: {
			kicker: styleOf('.embed-title'),
			title: styleOf('.diagram-title'),
			after: styleOf(view === 'since' ? '.view-since .as-of' : '.caveat.view-plan'),
			source: styleOf('.source-line'),
			// In the page's sans-serif: the serif stack names fonts that Chromium finds by alias and resvg does not, so
			// lines measured here would be drawn wider there.
			quote: { ...styleOf('.view-plan ol.notes blockquote p'), fontFamily: body.fontFamily },
			by: { ...styleOf('.view-plan ol.notes figcaption'), fontFamily: body.fontFamily }
		},
		colours: {
			background: body.backgroundColor,
			ink: body.color,
			muted: getComputedStyle(document.querySelector('.source-line') ?? document.body).color,
			rule: getComputedStyle(document.querySelector('.source-line') ?? document.body).borderTopColor,
			accent: getComputedStyle(document.documentElement).getPropertyValue('--accent').trim() || body.color
		},
		fontFamily: body.fontFamily
	};
}

/**
 * Breaks each text into lines no wider than its width, in its font, as the page's fonts measure it.
 * @param {{ text: string, font: string, letterSpacing?: number, width: number }[]} texts
 * @returns {string[][]}
 */
export function breakLines(texts) {
	const canvas = document.createElement('canvas').getContext('2d');
	return texts.map(({ text, font, letterSpacing = 0, width }) => {
		canvas.font = font;
		const measure = (s) => canvas.measureText(s).width + letterSpacing * s.length;
		const lines = [];
		let line = '';
		for (const word of text.split(/\s+/).filter(Boolean)) {
			const longer = line ? `${line} ${word}` : word;
			if (line && measure(longer) > width) {
				lines.push(line);
				line = word;
			} else line = longer;
		}
		if (line) lines.push(line);
		return lines;
	});
}

/**
 * A text's width in a font, as the page's fonts measure it.
 * @param {{ text: string, font: string }} text
 */
export function measureWidth({ text, font }) {
	const canvas = document.createElement('canvas').getContext('2d');
	canvas.font = font;
	return canvas.measureText(text).width;
}
