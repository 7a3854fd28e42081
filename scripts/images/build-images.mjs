// After `vite build`: the still images of every diagram (SVG, PNG 1x and 2x) and the link-preview cards of each
// edition, taken from that edition's prerendered embed pages as a reader's browser draws them. It serves build/ on
// loopback, opens each page the edition's list (build/images/index.json, build/ar/images/index.json, …) names in
// headless Chromium, takes the drawing with its computed styles (in-page.js), composes the still around it in the
// edition's words and direction (compose.mjs) and rasterises it with resvg. Run by `npm run build`.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { renderAsync } from '@resvg/resvg-js';
import { chromium } from 'playwright-core';
import { serveStatic } from '../bench/server.mjs';
import { siteOrigin } from '../site-origin.js';
import { cardLayout, cardSvg, cardWordsBottom, leadingSign, stillPadding, stillSvg, stillWidth } from './compose.mjs';
import { breakLines, measureWidth, stillOfEmbed } from './in-page.js';

const build = fileURLToPath(new URL('../../build/', import.meta.url));
const { locales, baseLocale } = JSON.parse(
	readFileSync(new URL('../../project.inlang/settings.json', import.meta.url), 'utf8')
);
const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
/** Pages open at once: the machines that build have two cores. */
const parallel = 3;
/** The embed page's padding (src/lib/embed/EmbedShell.svelte, 0.5rem): its drawing lines up with the still's text. */
const embedPadding = 8;
/**
 * The editions' faces, which the pages draw with from woff2 files (docs/fonts.md), as TrueType, which resvg reads:
 * the same Noto Sans Arabic and Noto Sans Hebrew, at the two weights the stills write. These files have the Latin
 * letters and digits too: within a line of Arabic, resvg takes another face for a letter its face lacks only badly.
 */
const require = createRequire(import.meta.url);
const faces = ['arabic/400Regular/NotoSansArabic_400Regular.ttf', 'arabic/700Bold/NotoSansArabic_700Bold.ttf']
	.concat(['hebrew/400Regular/NotoSansHebrew_400Regular.ttf', 'hebrew/700Bold/NotoSansHebrew_700Bold.ttf'])
	.map((file) => require.resolve(`@expo-google-fonts/noto-sans-${file}`));
/**
 * The pages name the faces they serve "Noto Sans Arabic Variable" and "Noto Sans Hebrew Variable" (src/app.css); a
 * still names them as installed, which is also how the files above and a reader's system name them.
 */
const installedNames = (svg) => svg.replace(/Noto Sans (Arabic|Hebrew) Variable/g, 'Noto Sans $1');
/** resvg loads the system's fonts; where a stack names none of them, the generic family is the one Chromium uses. */
const fonts = {
	fontFiles: faces,
	loadSystemFonts: true,
	defaultFontFamily: 'DejaVu Sans',
	sansSerifFamily: 'DejaVu Sans',
	serifFamily: 'DejaVu Serif',
	monospaceFamily: 'DejaVu Sans Mono'
};

/** Rasterised off the main thread, so that the browser's pages go on loading meanwhile. */
const png = async (svg, width) =>
	(await renderAsync(svg, { fitTo: { mode: 'width', value: width }, font: fonts })).asPng();

function write(file, bytes) {
	const path = join(build, file);
	mkdirSync(dirname(path), { recursive: true });
	writeFileSync(path, bytes);
	return bytes.length;
}

/** "http://localhost:4173/phase/exchange" → "localhost:4173/phase/exchange", as print shows an address; "/" → "localhost:4173". */
const address = (path) => new URL(path, siteOrigin() + '/').href.replace(/^https?:\/\//, '').replace(/\/$/, '');
const font = (style, weight = style.fontWeight) => `${weight} ${style.fontSize}px ${style.fontFamily}`;

/** One diagram in one view and theme: its SVG and PNGs; returns what was taken (for the cards) and the bytes. */
async function drawStill(page, base, still, list) {
	await page.goto(base + still.page, { waitUntil: 'load' });
	await page.evaluate(() => document.fonts.ready);
	const taken = await page.evaluate(stillOfEmbed, still.view);
	const width = stillWidth - 2 * stillPadding;
	const { kicker, title, after, source } = taken.styles;
	const credit = `${list.explainer.name} · ${address(still.credit)}`;
	const notes = taken.words.notes.flatMap((note) => [
		{ text: `${note.n}. ${note.quote}`, font: font(taken.styles.quote), width },
		{ text: note.translation, font: font(taken.styles.by), width },
		{ text: note.by, font: font(taken.styles.by), width }
	]);
	const [kickerLines, titleLines, afterLines, sourceLines, creditLines, ...noteLines] = await page.evaluate(
		breakLines,
		[
			{ text: taken.words.kicker.toUpperCase(), font: font(kicker, '700'), letterSpacing: kicker.letterSpacing, width },
			{ text: taken.words.title, font: font(title), width },
			{ text: taken.words.after, font: font(after), width },
			{ text: taken.words.source, font: font(source), width },
			{ text: credit, font: font(source), width },
			...notes
		]
	);
	if (!taken.words.title || !taken.words.source) throw new Error(`${still.page}: no title or source line on the page`);
	const lines = {
		kicker: kickerLines,
		title: titleLines,
		after: afterLines,
		source: sourceLines,
		credit: creditLines,
		notes: taken.words.notes.map((_, i) => ({
			quote: noteLines[3 * i],
			translation: noteLines[3 * i + 1],
			by: noteLines[3 * i + 2]
		}))
	};
	const sign = leadingSign.exec(taken.words.after)?.[0];
	if (sign) lines.afterSign = await page.evaluate(measureWidth, { text: sign, font: font(after) });
	const label = `${taken.words.title} (${taken.words.kicker}; ${still.shows})`;
	const svg = installedNames(stillSvg(taken, lines, label, list.edition.direction));
	let bytes = write(still.files.svg, svg);
	const [one, two] = await Promise.all([png(svg, stillWidth), png(svg, stillWidth * 2)]);
	bytes += write(still.files.png, one) + write(still.files['png@2x'], two);
	return { taken, bytes };
}

/** The largest title size whose lines fit the card's column. */
async function fitTitle(page, text, family, room) {
	const { titleSizes, textWidth } = cardLayout;
	const broken = await page.evaluate(
		breakLines,
		titleSizes.map((size) => ({ text, font: `700 ${size}px ${family}`, width: textWidth }))
	);
	const fits = (i) => broken[i].length <= cardLayout.titleLines && broken[i].length * titleSizes[i] * 1.3 <= room;
	const i = titleSizes.findIndex((_, j) => fits(j));
	if (i < 0) throw new Error(`The card's title "${text}" does not fit in ${cardLayout.titleLines} lines`);
	return { title: broken[i], titleSize: titleSizes[i] };
}

async function drawCard(page, card, taken, list) {
	const { explainer, cardSize: size } = list;
	const family = taken?.fontFamily ?? 'system-ui, sans-serif';
	const { textWidth, margin } = cardLayout;
	// The explainer's own card has its name as its title: the foot gives the address alone.
	const [name] = card.phase
		? await page.evaluate(breakLines, [{ text: explainer.name, font: `700 24px ${family}`, width: textWidth }])
		: [[]];
	const footTop = size.height - margin - (name.length + 1) * 24 * 1.3;
	let words;
	if (card.phase) {
		const kicker = [card.phase.kicker.toUpperCase()];
		const room = footTop - margin - 30 * 1.3 - 12 - 24;
		words = { kicker, kickerSize: 30, ...(await fitTitle(page, card.phase.title, family, room)) };
	} else {
		const [description] = await page.evaluate(breakLines, [
			{ text: explainer.description, font: `400 30px ${family}`, width: textWidth }
		]);
		const room = footTop - margin - 16 - description.length * 30 * 1.3 - 24;
		words = { description, descriptionSize: 30, ...(await fitTitle(page, explainer.name, family, room)) };
	}
	Object.assign(words, { kickerSize: words.kickerSize ?? 0, name, address: address(explainer.home), family });
	if (cardWordsBottom(words) > footTop) throw new Error(`${card.file}: the words run into the explainer's name`);
	const label = card.phase ? `${card.phase.title} (${explainer.name})` : explainer.name;
	const svg = installedNames(cardSvg(size, words, taken, label, list.edition.direction));
	return write(card.file, await png(svg, size.width));
}

async function openBrowser() {
	if (!existsSync(chromiumPath))
		throw new Error(
			`The still images are taken in Chromium, which is not at ${chromiumPath}. ` +
				'Install it (Debian and Ubuntu: apt-get install chromium) or set CHROME_PATH to a Chromium or Chrome binary.'
		);
	// --no-sandbox: CI builds as root, where Chromium's sandbox cannot start.
	return chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
}

/** Every still and card of one edition, from its list; returns how many files and their bytes. */
async function drawEdition(pages, base, list) {
	let bytes = 0;
	/** Each card's diagram as taken for its still, plan view, light theme. */
	const taken = new Map();
	const queue = [...list.diagrams];
	await Promise.all(
		pages.map(async (page) => {
			for (let still = queue.shift(); still; still = queue.shift()) {
				const drawn = await drawStill(page, base, still, list);
				bytes += drawn.bytes;
				if (still.view === 'plan' && still.theme === 'light') taken.set(`${still.kind}/${still.phaseId}`, drawn.taken);
			}
		})
	);
	// The cards measure their words on a page of the edition, whose face the last still loaded.
	for (const card of list.cards) {
		const diagram = card.diagram && taken.get(`${card.diagram.kind}/${card.diagram.phaseId}`);
		bytes += await drawCard(pages[0], card, diagram, list);
	}
	return { files: list.diagrams.length * 3 + list.cards.length, bytes };
}

async function main() {
	const started = performance.now();
	const lists = locales.map((locale) => {
		const file = join(build, locale === baseLocale ? '' : locale, 'images/index.json');
		if (!existsSync(file)) throw new Error(`${file} is missing: run vite build first`);
		return JSON.parse(readFileSync(file, 'utf8'));
	});
	const server = await serveStatic(build);
	const browser = await openBrowser();
	const made = [];
	try {
		const context = await browser.newContext({
			viewport: { width: stillWidth - 2 * (stillPadding - embedPadding), height: 1000 },
			reducedMotion: 'reduce',
			colorScheme: 'light'
		});
		const pages = await Promise.all(Array.from({ length: parallel }, () => context.newPage()));
		for (const list of lists) {
			const edition = performance.now();
			const { files, bytes } = await drawEdition(pages, server.url, list);
			const seconds = ((performance.now() - edition) / 1000).toFixed(1);
			made.push(`${list.edition.locale} ${files} files, ${(bytes / 1024).toFixed(0)} KiB in ${seconds} s`);
		}
	} finally {
		await browser.close();
		await server.close();
	}
	const seconds = ((performance.now() - started) / 1000).toFixed(1);
	console.log(`Still images in build/ (images/, ar/images/, …), in ${seconds} s: ${made.join('; ')}`);
}

main().catch((error) => {
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
});
