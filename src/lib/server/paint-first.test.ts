import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { paintFirst } from './paint-first';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

// The start-up script exactly as SvelteKit 2 writes it into a prerendered page (data shortened).
const startUp = `
				{
					__sveltekit_x = {
						base: new URL("..", location).pathname.slice(0, -1)
					};

					const element = document.currentScript.parentElement;

					Promise.all([
						import("../_app/immutable/entry/start.A.js"),
						import("../_app/immutable/entry/app.B.js")
					]).then(([kit, app]) => {
						kit.start(app, element, {
							node_ids: [0, 2],
							data: [null,{type:"data",data:{title:"Phase $1 </p>"}}],
							form: null,
							error: null
						});
					});
				}
			`;

const page = (script: string, policyHash = hash(script)) => `<!doctype html><html><head>
<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' ${policyHash}; object-src 'none'">
<link href="../_app/immutable/entry/start.A.js" rel="modulepreload">
<link href="../_app/immutable/chunks/C.js" rel="modulepreload">
<link href="../_app/immutable/assets/0.css" rel="stylesheet" disabled media="(max-width: 0)">
</head><body><div style="display: contents"><h1>Phase 1</h1>
<script>${script}</script>
</div></body></html>`;

const scriptOf = (html: string) => /<script>([\s\S]*?)<\/script>/.exec(html)![1];

describe('paintFirst', () => {
	it('takes the module preloads out of <head> and makes the start-up script preload them after the first paint', () => {
		const html = paintFirst(page(startUp));
		expect(html).not.toMatch(/<link[^>]*rel="modulepreload"/);
		expect(html).toContain('<link href="../_app/immutable/assets/0.css" rel="stylesheet"');
		const script = scriptOf(html);
		expect(script).toContain('requestAnimationFrame(() => setTimeout(painted))');
		expect(script).toContain('["../_app/immutable/entry/start.A.js","../_app/immutable/chunks/C.js"]');
		// The modules are imported only once the frame is painted, and the app starts with the same data.
		expect(script.indexOf('requestAnimationFrame')).toBeLessThan(
			script.indexOf('import("../_app/immutable/entry/start.A.js")')
		);
		expect(script).toContain('data: [null,{type:"data",data:{title:"Phase $1 </p>"}}]');
		expect(html.indexOf('<h1>Phase 1</h1>')).toBeLessThan(html.indexOf('<script>'));
	});

	it('puts the new script’s hash in the policy in place of the old one', () => {
		const html = paintFirst(page(startUp));
		const policy = /content="([^"]+)"/.exec(html)![1];
		expect(policy).toContain(hash(scriptOf(html)));
		expect(policy).not.toContain(hash(startUp));
		expect(policy).toMatch(/^default-src 'self'; script-src 'self' 'sha256-[A-Za-z0-9+/=]+'; object-src 'none'$/);
	});

	it('writes a script that still parses', () => {
		expect(() => new Function(scriptOf(paintFirst(page(startUp))))).not.toThrow();
	});

	it('leaves a page without SvelteKit’s start-up script (an embed) as it is', () => {
		const embed =
			'<html><head></head><body><h1>Map</h1><script type="module" src="../child.js"></script></body></html>';
		expect(paintFirst(embed)).toBe(embed);
	});

	it('stops the build, naming the file to update, when SvelteKit writes its start-up another way', () => {
		const other = startUp.replace(
			/Promise\.all\(\[[\s\S]*?\]\)\.then\(\(\[kit, app\]\) =>/,
			'import("../_app/start.js").then((kit) =>'
		);
		expect(() => paintFirst(page(other))).toThrow(/src\/lib\/server\/paint-first\.ts/);
	});

	it('stops the build when the policy does not list the script’s hash', () => {
		expect(() => paintFirst(page(startUp, "'sha256-other'"))).toThrow(/does not list the start-up script's hash/);
	});
});
