// Builds the comparison page: TimelineJS (the @knight-lab/timelinejs package) showing the same phases and events,
// its JS and CSS served by our own server, system fonts only. TimelineJS's default "font" option loads
// css/fonts/font.default.css, which pulls PT Sans and PT Serif from fonts.gstatic.com; `font: null` turns that off,
// so the page uses timeline.css's own stacks (Helvetica Neue / Arial, Georgia), and timeline.css itself imports no
// font (checked below). Its icon font is a file in the package, served locally.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { timelineFromContent } from './timeline-data.mjs';

const require = createRequire(import.meta.url);

/** The package's dist/ folder (js/timeline.js, css/timeline.css, css/icons/). */
export const timelineDist = () => join(dirname(require.resolve('@knight-lab/timelinejs/package.json')), 'dist');

/** Font imports and other-origin URLs in a stylesheet: a comparison page must load nothing from elsewhere. */
export function foreignCssUrls(css) {
	return [...css.matchAll(/@import\s+(?:url\()?\s*["']?([^"')\s;]+)|url\(\s*["']?((?:https?:)?\/\/[^"')]+)/g)].map(
		(m) => m[1] ?? m[2]
	);
}

const json = (value) => JSON.stringify(value).replace(/</g, '\\u003c');

/**
 * Writes index.html into `folder`; the page expects the package's dist/ at `distUrl` ("/timelinejs/").
 * @param {string} root the project folder (for data/)
 * @param {string} folder
 * @param {string} distUrl
 */
export function writeTimelinePage(root, folder, distUrl) {
	const css = readFileSync(join(timelineDist(), 'css', 'timeline.css'), 'utf8');
	const foreign = foreignCssUrls(css);
	if (foreign.length) throw new Error(`timeline.css loads from elsewhere: ${foreign.join(', ')}`);

	const read = (file) => JSON.parse(readFileSync(join(root, 'data', file), 'utf8'));
	const events = read('events.json');
	const planDate = events.find((e) => e.id === 'plan-published')?.date ?? '2025-09-29';
	const title = 'The Gaza peace plan, step by step';
	const description =
		'The phases of the US 20-point plan for Gaza and the dated events, in TimelineJS, for comparison.';
	const timeline = timelineFromContent(read('phases.json'), events, { title, planDate });
	const options = { font: null, script_path: `${distUrl}js/`, language: 'en', initial_zoom: 2, hash_bookmark: false };

	const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} (TimelineJS)</title>
<meta name="description" content="${description}">
<link rel="stylesheet" href="${distUrl}css/timeline.css">
<style>html, body { height: 100%; margin: 0; } #timeline { width: 100%; height: 650px; }</style>
</head>
<body>
<div id="timeline"></div>
<script src="${distUrl}js/timeline.js"></script>
<script>window.timeline = new TL.Timeline('timeline', ${json(timeline)}, ${json(options)});</script>
</body>
</html>
`;
	mkdirSync(folder, { recursive: true });
	writeFileSync(join(folder, 'index.html'), html);
	return { slides: timeline.events.length + 1 };
}

/** What the page loads, for measuring it without a browser: its document, the script and the stylesheet. */
export const timelineRequests = (origin) => [
	{ url: `${origin}/timelinejs/page/`, type: 'Document' },
	{ url: `${origin}/timelinejs/js/timeline.js`, type: 'Script' },
	{ url: `${origin}/timelinejs/css/timeline.css`, type: 'Stylesheet' }
];
