import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * Nearly every function in the site's client files runs as a page starts. Marked for eager compilation (V8's explicit
 * compile hints, Chromium 136 and later; other browsers ignore the comment), they are compiled while the file loads, off
 * the main thread, instead of one by one on first call inside the tasks that hydrate the page: at 4x CPU, the phase page's
 * hydration task fell by about half and the map's turn by a third. The comment must open the file, so it goes in last.
 */
function compileHints(): Plugin {
	return {
		name: 'compile-hints',
		apply: 'build',
		enforce: 'post',
		generateBundle: {
			order: 'post',
			handler(_, bundle) {
				if (this.environment.config.consumer !== 'client') return;
				for (const file of Object.values(bundle))
					if (file.type === 'chunk') file.code = `//# allFunctionsCalledOnLoad\n${file.code}`;
			}
		}
	};
}

export default defineConfig({
	plugins: [sveltekit(), compileHints()],
	build: {
		rolldownOptions: {
			output: {
				// Left alone, the bundler cuts the shared code into 20-30 small chunks a page, each compressed apart and with
				// its own imports and exports: the packages go in one chunk, and what every stepper page shares in another.
				codeSplitting: {
					groups: [
						{ name: 'runtime', test: /node_modules[\\/]/, priority: 20 },
						{
							name: 'stepper',
							priority: 10,
							test: /src[\\/]lib[\\/](ui|stepper|format|content[\\/](indexes|layout-of)\.ts|embed[\\/](EmbedButton|context|catalogue)|diagrams[\\/][A-Za-z-]+\.(svelte|ts))/
						}
					]
				}
			}
		}
	},
	test: {
		reporters: ['default', './tests/summary-reporter.ts'],
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					environment: 'node',
					include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/**/*.test.ts'],
					exclude: ['src/**/*.svelte.test.ts']
				}
			},
			{
				extends: true,
				plugins: [svelteTesting()],
				test: {
					name: 'component',
					environment: 'jsdom',
					include: ['src/**/*.svelte.test.ts'],
					setupFiles: ['./tests/setup-component.ts']
				}
			},
			{
				extends: true,
				test: {
					name: 'e2e',
					environment: 'node',
					include: ['tests/e2e/**/*.e2e.ts'],
					globalSetup: ['./tests/e2e/global-setup.ts'],
					fileParallelism: false,
					testTimeout: 60_000,
					hookTimeout: 60_000
				}
			}
		]
	}
});
