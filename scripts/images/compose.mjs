// The still image's own SVG around a diagram taken from its embed page (in-page.js): the phase and title above, the
// drawing, its caveat or as-of line, the source line and the credit below, on the theme's background; and the
// link-preview card, 1200x630: the words on the left, the diagram on the right (the other way round in an edition that
// reads right to left). Every text arrives already broken into lines by the page's own measure, so nothing is wider
// than its column.

/** The still's width in CSS pixels: the 1x PNG is this many pixels wide, the 2x twice as many. */
export const stillWidth = 640;
/** Space around the still's contents; the embed page is drawn this much narrower than the still. */
export const stillPadding = 24;
/** Lines of text are this many times their font size apart, as in the embed. */
const leading = 1.3;
/** Where a line's baseline sits below its top, as a share of the font size (DejaVu Sans and its like). */
const ascent = 0.93;

const escapes = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
/** Text or an attribute's value, safe inside XML. */
export const xml = (value) => String(value).replace(/[&<>"]/g, (c) => escapes[c]);
const round = (n) => Math.round(n * 100) / 100;

/** Right-to-left isolate and its end: the words between them read right to left, numbers and Latin names in place. */
const rightToLeft = (line) => `\u2067${line}\u2069`;
/**
 * A sign that leads a line (the caveat's ⚠) and the space after it. The editions' faces lack such signs, and resvg,
 * meeting one in a line of Arabic, draws the whole line in another face, bold and wider: the sign is drawn apart.
 */
export const leadingSign = /^[\u2190-\u2bff]+\s+/;

/**
 * Lines of one style, from the top `y`; returns their markup and the y below the last. `x` is where the lines start:
 * their left edge, or their right edge in a block that reads right to left. Such a line is anchored at its end and
 * isolated right to left rather than given `direction="rtl"`: resvg reads no `direction`, and a browser reads
 * `text-anchor` by it, so an anchor that is physical and the order its own isolate gives draw alike in both.
 * @param {string[]} lines
 * @param {{ x: number, y: number, size: number, family: string, weight?: string, colour: string, spacing?: number,
 *   direction?: 'ltr' | 'rtl', signWidth?: number }} at signWidth: a leading sign's width with its space, as measured
 */
export function textBlock(
	lines,
	{ x, y, size, family, weight = '400', colour, spacing = 0, direction = 'ltr', signWidth = 0 }
) {
	const rtl = direction === 'rtl';
	const attributes =
		`font-family="${xml(family)}" font-size="${round(size)}" fill="${xml(colour)}"` +
		(weight !== '400' ? ` font-weight="${xml(weight)}"` : '') +
		(spacing ? ` letter-spacing="${round(spacing)}"` : '') +
		(rtl ? ' text-anchor="end"' : '');
	const text = (at, baseline, words) =>
		`<text x="${round(at)}" y="${round(baseline)}" ${attributes}>${xml(rtl ? rightToLeft(words) : words)}</text>`;
	const markup = lines.map((line, i) => {
		const baseline = y + size * ascent + i * size * leading;
		const sign = rtl && signWidth ? leadingSign.exec(line)?.[0] : undefined;
		if (!sign) return text(x, baseline, line);
		return text(x, baseline, sign.trim()) + '\n' + text(x - signWidth, baseline, line.slice(sign.length));
	});
	return { markup: markup.join('\n'), bottom: y + lines.length * size * leading };
}

/**
 * The whole still: a self-contained SVG, `stillWidth` wide, as tall as its contents.
 * @param {object} still what in-page.js's stillOfEmbed returned
 * @param {{ kicker: string[], title: string[], after: string[], afterSign?: number, source: string[], credit: string[],
 *   notes: { quote: string[], translation: string[], by: string[] }[] }} lines the plan's numbered quotes too, each
 *   with its translation in the edition's words (none in English) and who said it; the width of the caveat's leading
 *   sign, where it has one
 * @param {string} label the file's title, for readers of the SVG itself
 * @param {'ltr' | 'rtl'} direction the edition's: its words start at the right edge in right-to-left
 */
export function stillSvg(still, lines, label, direction = 'ltr') {
	const { styles, colours } = still;
	const left = stillPadding;
	const x = direction === 'rtl' ? stillWidth - stillPadding : left;
	const parts = [];
	let y = stillPadding;
	/** @param {'kicker' | 'title' | 'after' | 'source' | 'credit'} name */
	const block = (name, options) => {
		if (!lines[name].length) return;
		const { markup, bottom } = textBlock(lines[name], { x, y, direction, ...options });
		parts.push(markup);
		y = bottom;
	};
	const { kicker, title, after, source } = styles;
	block('kicker', {
		size: kicker.fontSize,
		family: kicker.fontFamily,
		weight: '700',
		colour: kicker.color,
		spacing: kicker.letterSpacing
	});
	y += 4;
	block('title', { size: title.fontSize, family: title.fontFamily, weight: title.fontWeight, colour: title.color });
	y += 12;
	parts.push(`<g transform="translate(${left} ${round(y)})">\n${still.drawing}\n</g>`);
	y += still.height + 8;
	for (const note of lines.notes) {
		const { quote, by } = styles;
		// The quote is verbatim English and reads left to right in every edition, as the embed shows it.
		const said = textBlock(note.quote, {
			x: left,
			y,
			size: quote.fontSize,
			family: quote.fontFamily,
			colour: quote.color
		});
		// Our translation and who said it, in the edition's direction, each in the small type of the source line.
		const small = (/** @type {string[]} */ text, /** @type {number} */ top, /** @type {string} */ colour) =>
			textBlock(text, { x, y: top, size: by.fontSize, family: by.fontFamily, colour, direction });
		const translated = small(note.translation, said.bottom + 2, quote.color);
		const who = small(note.by, translated.bottom + 2, by.color);
		parts.push(said.markup, translated.markup, who.markup);
		y = who.bottom + 8;
	}
	block('after', { size: after.fontSize, family: after.fontFamily, colour: after.color, signWidth: lines.afterSign });
	y += 12;
	parts.push(
		`<line x1="${left}" x2="${stillWidth - left}" y1="${round(y)}" y2="${round(y)}" ` +
			`stroke="${xml(colours.rule)}" stroke-width="1"/>`
	);
	y += 8;
	block('source', { size: source.fontSize, family: source.fontFamily, colour: source.color });
	y += 2;
	block('credit', { size: source.fontSize, family: source.fontFamily, colour: source.color });
	const height = Math.ceil(y + stillPadding - 4);
	return svgFile(stillWidth, height, label, colours.background, parts);
}

/** The outer SVG: its size, its title and a background of the theme's colour. */
function svgFile(width, height, label, background, parts) {
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
		`<title>${xml(label)}</title>`,
		`<rect width="${width}" height="${height}" fill="${xml(background)}"/>`,
		...parts,
		'</svg>',
		''
	].join('\n');
}

/** The card's layout: the words' column on the left, the diagram's box on the right (mirrored right to left). */
export const cardLayout = {
	margin: 64,
	textWidth: 500,
	diagram: { x: 620, y: 40, width: 540, height: 550 },
	/** The phase's title: the largest of these sizes whose lines fit in the room above the explainer's name. */
	titleSizes: [64, 58, 52, 46, 40],
	titleLines: 4
};

/**
 * A link-preview card as SVG, 1200x630. In an edition that reads right to left the words' column is on the right and
 * the diagram on the left; the diagram itself does not mirror (docs/editions-diagrams.md).
 * @param {{ width: number, height: number }} size
 * @param {{ kicker?: string[], kickerSize: number, title: string[], titleSize: number, description?: string[],
 *   descriptionSize: number, name: string[], address: string, family: string }} words already broken into lines
 * @param {object | undefined} still the diagram, plan view, light theme (in-page.js's stillOfEmbed)
 * @param {string} label the file's title
 * @param {'ltr' | 'rtl'} direction the edition's
 */
export function cardSvg(size, words, still, label, direction = 'ltr') {
	const { margin } = cardLayout;
	const rtl = direction === 'rtl';
	const room = rtl
		? { ...cardLayout.diagram, x: size.width - cardLayout.diagram.x - cardLayout.diagram.width }
		: cardLayout.diagram;
	const x = rtl ? size.width - margin : margin;
	const colours = still?.colours ?? { background: '#ffffff', ink: '#1a1a1a', muted: '#595959', accent: '#a8461a' };
	const bar = 12;
	const parts = [
		`<rect x="${rtl ? size.width - bar : 0}" width="${bar}" height="${size.height}" fill="${xml(colours.accent)}"/>`
	];
	const family = words.family;
	let y = margin;
	if (words.kicker) {
		const kicker = textBlock(words.kicker, {
			x,
			y,
			size: words.kickerSize,
			family,
			weight: '700',
			colour: colours.accent,
			// Spaced capitals in English; letters spaced apart would come apart in Arabic's joined script.
			spacing: rtl ? 0 : 2,
			direction
		});
		parts.push(kicker.markup);
		y = kicker.bottom + 12;
	}
	const title = textBlock(words.title, {
		x,
		y,
		size: words.titleSize,
		family,
		weight: '700',
		colour: colours.ink,
		direction
	});
	parts.push(title.markup);
	y = title.bottom + 16;
	if (words.description) {
		const description = textBlock(words.description, {
			x,
			y,
			size: words.descriptionSize,
			family,
			colour: colours.muted,
			direction
		});
		parts.push(description.markup);
	}
	// The explainer's name (unless it is the card's title) and address at the foot of the words' column.
	const footSize = 24;
	const nameTop = size.height - margin - (words.name.length + 1) * footSize * leading;
	parts.push(
		textBlock(words.name, { x, y: nameTop, size: footSize, family, weight: '700', colour: colours.ink, direction })
			.markup,
		textBlock([words.address], {
			x,
			y: nameTop + words.name.length * footSize * leading,
			size: footSize,
			family,
			colour: colours.muted,
			direction
		}).markup
	);
	if (still) {
		const { bounds } = still;
		const scale = Math.min(room.width / bounds.width, room.height / bounds.height);
		const left = room.x + (room.width - bounds.width * scale) / 2 - bounds.x * scale;
		const top = room.y + (room.height - bounds.height * scale) / 2 - bounds.y * scale;
		parts.push(
			`<g transform="translate(${round(left)} ${round(top)}) scale(${round(scale * 1000) / 1000})">`,
			still.drawing,
			'</g>'
		);
	}
	return svgFile(size.width, size.height, label, colours.background, parts);
}

/** Where the words of a card end: the title's, or the description's, bottom; for the test that nothing overlaps. */
export function cardWordsBottom(words) {
	const { margin } = cardLayout;
	let y = margin;
	if (words.kicker) y += words.kicker.length * words.kickerSize * leading + 12;
	y += words.title.length * words.titleSize * leading + 16;
	if (words.description) y += words.description.length * words.descriptionSize * leading;
	return y;
}
