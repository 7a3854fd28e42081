// Draws the installed deck's icons (static/icons/icon-192.png, icon-512.png) from icon.svg beside this, with resvg.
// The PNGs are committed: run `node scripts/icons/make-icons.mjs` after changing the drawing.
import { readFileSync, writeFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';

const folder = new URL('../../static/icons/', import.meta.url);
const svg = readFileSync(new URL('icon.svg', import.meta.url), 'utf8');

for (const size of [192, 512]) {
	const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
	writeFileSync(new URL(`icon-${size}.png`, folder), png);
	console.log(`static/icons/icon-${size}.png: ${png.length} bytes`);
}
