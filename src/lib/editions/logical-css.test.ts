// Guards the right-to-left editions' layout: every stylesheet (src/app.css, paper.css and each component's <style>)
// says start and end, not left and right, so that the Arabic and Hebrew pages mirror the English one. A physical
// property that must stay physical is allowed below, with the reason.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Declarations that name a side of the screen, or a shorthand whose left and right differ. */
const physical: { what: string; test: (property: string, value: string) => boolean }[] = [
	{
		what: 'a left or right side',
		test: (p) => /^(margin|padding|border|scroll-margin|scroll-padding)-(left|right)/.test(p)
	},
	{ what: 'a left or right position', test: (p) => p === 'left' || p === 'right' },
	{ what: 'a left or right corner', test: (p) => /^border-(top|bottom)-(left|right)-radius$/.test(p) },
	{
		what: 'left or right alignment',
		test: (p, v) => /^(text-align|float|clear)$/.test(p) && /\b(left|right)\b/.test(v)
	},
	{ what: 'a gradient to a side', test: (p, v) => /\bto (left|right)\b/.test(v) && p.startsWith('background') },
	{
		what: 'a shorthand with different left and right',
		test: (p, v) => {
			if (!/^(margin|padding|inset|scroll-margin|scroll-padding)$/.test(p)) return false;
			const parts = v.split(/\s+(?![^(]*\))/);
			return parts.length === 4 && parts[1] !== parts[3];
		}
	},
	{
		what: 'corners of different sizes',
		test: (p, v) =>
			p === 'border-radius' &&
			new Set(
				v
					.split('/')[0]
					.trim()
					.split(/\s+(?![^(]*\))/)
			).size > 1
	}
];

/** Physical on purpose: file, declaration, and why. */
const allowed: { file: string; declaration: string; why: string }[] = [
	{
		file: 'src/lib/present/Stage.svelte',
		declaration: 'left: 50%',
		why: 'centres the 1920×1080 slide with translate(-50%, -50%), which is physical too: the same in both directions'
	}
];

function filesUnder(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((file) => /\.(svelte|css)$/.test(file))
		.map((file) => join(dir, file));
}

/** The CSS of a file: all of a .css file, the <style> blocks of a component; comments out. */
function stylesOf(file: string, text: string): string {
	const css = file.endsWith('.css')
		? text
		: [...text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n');
	return css.replace(/\/\*[\s\S]*?\*\//g, '');
}

function physicalDeclarations(): string[] {
	const found: string[] = [];
	for (const file of filesUnder('src')) {
		for (const [, property, value] of stylesOf(file, readFileSync(file, 'utf8')).matchAll(
			/([a-z-]+)\s*:\s*([^;{}]+);/g
		)) {
			const declaration = `${property}: ${value.trim()}`;
			const kind = physical.find((rule) => rule.test(property, value.trim()));
			if (!kind) continue;
			if (allowed.some((a) => a.file === file && a.declaration === declaration)) continue;
			found.push(`${file}: ${declaration} (${kind.what})`);
		}
	}
	return found;
}

describe('stylesheets for both reading directions', () => {
	it('use logical properties: no margin-left, left:, text-align: right and the like outside the allowed list', () => {
		expect(physicalDeclarations()).toEqual([]);
	});

	it('reads every stylesheet: the global ones and the components', () => {
		const files = filesUnder('src');
		expect(files).toEqual(expect.arrayContaining(['src/app.css', 'src/lib/present/paper.css']));
		expect(files.filter((file) => file.endsWith('.svelte')).length).toBeGreaterThan(100);
	});

	it('finds a physical declaration when there is one', () => {
		const rule = (property: string, value: string) => physical.some((r) => r.test(property, value));
		expect(rule('margin-left', '1rem')).toBe(true);
		expect(rule('right', '0')).toBe(true);
		expect(rule('text-align', 'right')).toBe(true);
		expect(rule('padding', '0 0 0.9rem 1rem')).toBe(true);
		expect(rule('border-radius', '0 6px 6px 0')).toBe(true);
		expect(rule('margin-inline-start', '1rem')).toBe(false);
		expect(rule('padding', '0.5rem 1rem')).toBe(false);
		expect(rule('margin', '0.1em 0.5em 0 0.5em')).toBe(false);
		expect(rule('border-radius', '50%')).toBe(false);
	});

	it('keeps its allowed list to declarations that are still there', () => {
		for (const { file, declaration } of allowed) {
			expect(stylesOf(file, readFileSync(file, 'utf8')).replace(/\s+/g, ' ')).toContain(declaration);
		}
	});
});
