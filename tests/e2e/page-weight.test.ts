// Unit test of pageWeight on a hand-made build: a fake manifest, files of known lengths, a stepper page and an embed.
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
	diagramChunks,
	gzipSize,
	hydrates,
	nodesOfPage,
	pageWeight,
	phaseOfPage,
	scriptsOfPage,
	type BuildManifest
} from './page-weight';

const manifest: BuildManifest = {
	'node_modules/kit/entry.js': { file: '_app/start.js', imports: ['_shared.js'] },
	'gen/app.js': {
		file: '_app/app.js',
		imports: ['_shared.js'],
		dynamicImports: ['gen/nodes/0.js', 'gen/nodes/1.js', 'gen/nodes/2.js', 'gen/nodes/3.js']
	},
	'gen/nodes/0.js': { file: '_app/nodes/0.js', imports: ['_shared.js'] },
	'gen/nodes/1.js': { file: '_app/nodes/1.js' },
	'gen/nodes/2.js': { file: '_app/nodes/2.js', imports: ['_stepper.js'] },
	'gen/nodes/3.js': { file: '_app/nodes/3.js' },
	'_shared.js': { file: '_app/shared.js', imports: ['_tiny.js'] },
	'_tiny.js': { file: '_app/tiny.js' },
	'_stepper.js': {
		file: '_app/stepper.js',
		dynamicImports: ['src/lib/diagrams/map/MapDiagram.svelte', 'src/lib/diagrams/sequence/SequenceDiagram.svelte']
	},
	'src/lib/diagrams/map/MapDiagram.svelte': { file: '_app/map.js', imports: ['_geo.js'] },
	'_geo.js': { file: '_app/geo.js' },
	'src/lib/diagrams/sequence/SequenceDiagram.svelte': { file: '_app/sequence.js' }
};

// Lengths picked so that the sums can be added up by hand; the fake gzip below counts characters.
const lengths: Record<string, number> = {
	'_app/start.js': 1000,
	'_app/app.js': 400,
	'_app/nodes/0.js': 100,
	'_app/nodes/1.js': 10,
	'_app/nodes/2.js': 200,
	'_app/nodes/3.js': 9000,
	'_app/shared.js': 2000,
	'_app/tiny.js': 30,
	'_app/stepper.js': 3000,
	'_app/map.js': 500,
	'_app/geo.js': 60,
	'_app/sequence.js': 700,
	'_app/workers/child.js': 1800
};
const read = (file: string) => (file in lengths ? 'x'.repeat(lengths[file]) : undefined);
const characters = (text: string) => text.length;

// SvelteKit's start-up script: the two imports, then kit.start with the page's data, whose words ("pym.js") are not
// files; and a preload link in the page's head.
const startUp =
	'const element = document.currentScript.parentElement;' +
	'Promise.all([import("../_app/start.js"), import("../_app/app.js")]).then(([kit, app]) => {' +
	'kit.start(app, element, { node_ids: [0, 2], ' +
	'data: [null,{type:"data",data:{phase:{id:"one",title:"One"},note:"see pym.js"}}] }); });';
const stepperPage =
	'<!doctype html><html><head><link href="../_app/page.css" rel="stylesheet">' +
	'<link href="../_app/nodes/2.js" rel="modulepreload"><link href="../_app/start.js" rel="modulepreload"></head>' +
	`<body><script>${startUp}</script></body></html>`;
const embedPage = '<html><head><script src="/_app/workers/child.js"></script></head><body><svg></svg></body></html>';

const weigh = (page: string, html: string, diagramKinds: string[]) =>
	pageWeight({ page, html, manifest, read, diagramKinds }, characters);

describe('what a page names', () => {
	it('takes the start-up script’s imports and the preload links, resolved against the page, each once', () => {
		expect(scriptsOfPage(stepperPage, 'phase/one.html')).toEqual(['_app/nodes/2.js', '_app/start.js', '_app/app.js']);
	});

	it('takes <script src> and preload links, not stylesheets', () => {
		const html =
			'<link href="./_app/a.js" rel="modulepreload"><link rel="preload" as="script" href="./_app/b.js">' +
			'<link rel="stylesheet" href="./_app/c.css"><script type="module" src="_app/d.js"></script>';
		expect(scriptsOfPage(html, 'index.html')).toEqual(['_app/d.js', '_app/a.js', '_app/b.js']);
		expect(scriptsOfPage(embedPage, 'embed/map/one.html')).toEqual(['_app/workers/child.js']);
	});

	it('fails on a script from another origin, which the build cannot weigh', () => {
		expect(() => scriptsOfPage('<script src="https://cdn.example/x.js"></script>', 'index.html')).toThrow(
			'index.html loads a script from another origin'
		);
	});

	it('reads the route nodes kit.start imports (with the root layout and error page), the phase, and hydration', () => {
		expect(nodesOfPage(stepperPage)).toEqual([0, 1, 2]);
		expect(nodesOfPage(embedPage)).toEqual([]);
		expect(phaseOfPage(stepperPage)).toBe('one');
		expect(phaseOfPage(embedPage)).toBeUndefined();
		expect(hydrates(stepperPage)).toBe(true);
		expect(hydrates(embedPage)).toBe(false);
	});

	it('finds each diagram kind’s chunk in the manifest', () => {
		expect([...diagramChunks(manifest)]).toEqual([
			['map', 'src/lib/diagrams/map/MapDiagram.svelte'],
			['sequence', 'src/lib/diagrams/sequence/SequenceDiagram.svelte']
		]);
	});
});

describe('pageWeight', () => {
	it(
		'sums the named files, their static imports, the nodes started and the diagrams loaded, ' + 'plus the inline data',
		() => {
			const weight = weigh('phase/one.html', stepperPage, ['map']);
			// start 1000 + app 400 + nodes 0, 1, 2: 100 + 10 + 200 + shared 2000 + tiny 30 + stepper 3000 + map 500 + geo 60.
			// Not node 3 (another page's) nor the sequence diagram (not drawn here): both are only dynamic imports.
			expect(weight.files.map((f) => f.file)).toEqual([
				'_app/app.js',
				'_app/geo.js',
				'_app/map.js',
				'_app/nodes/0.js',
				'_app/nodes/1.js',
				'_app/nodes/2.js',
				'_app/shared.js',
				'_app/start.js',
				'_app/stepper.js',
				'_app/tiny.js'
			]);
			expect(weight.filesGzip).toBe(7300);
			expect(weight.inlineGzip).toBe(startUp.length);
			expect(weight.total).toBe(7300 + startUp.length);
		}
	);

	it('counts each diagram chunk on top, and shared imports once', () => {
		expect(weigh('phase/one.html', stepperPage, []).filesGzip).toBe(7300 - 500 - 60);
		expect(weigh('phase/one.html', stepperPage, ['map', 'sequence']).filesGzip).toBe(7300 + 700);
	});

	it('weighs a page that does not hydrate by the one script it names, with no inline data', () => {
		expect(weigh('embed/map/one.html', embedPage, [])).toEqual({
			page: 'embed/map/one.html',
			files: [{ file: '_app/workers/child.js', gzip: 1800 }],
			filesGzip: 1800,
			inlineGzip: 0,
			total: 1800
		});
	});

	it('weighs structured data as HTML, not as script: no script reads it', () => {
		const withData = stepperPage.replace(
			'</head>',
			'<script type="application/ld+json">{"@type":"NewsArticle","headline":"One"}</script></head>'
		);
		expect(weigh('phase/one.html', withData, ['map'])).toEqual(weigh('phase/one.html', stepperPage, ['map']));
	});

	it('fails loudly rather than weigh too little', () => {
		expect(() => weigh('embed/map/one.html', embedPage, ['map'])).toThrow('does not hydrate');
		expect(() => weigh('phase/one.html', stepperPage, ['figures'])).toThrow('the figures diagram');
		const missing = stepperPage.replace('../_app/app.js', '../_app/gone.js');
		expect(() => weigh('phase/one.html', missing, [])).toThrow('loads _app/gone.js, which is not in build/');
	});
});

describe('gzipSize', () => {
	it('is zlib gzip at its default level, as the bench weighs, and nothing for nothing', () => {
		const text = 'export const phase = "yellow-line";\n'.repeat(50);
		expect(gzipSize(text)).toBe(gzipSync(text, { level: 6 }).length);
		expect(gzipSize('')).toBe(0);
	});
});
