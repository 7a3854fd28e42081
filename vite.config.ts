import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';
import { chunkGroups } from './scripts/vite/chunk-groups';
import { compileEagerly } from './scripts/vite/compile-eagerly';
import { siteOrigin } from './scripts/site-origin.js';
import { messageOptions } from './scripts/vite/messages.js';

export default defineConfig({
	plugins: [paraglideVitePlugin(messageOptions), sveltekit(), compileEagerly()],
	define: {
		// src/lib/site/origin.ts
		__SITE_ORIGIN__: JSON.stringify(siteOrigin()),
		// The edition an edition's own build makes (scripts/build-editions.mjs; scripts/vite/messages.js)
		...(process.env.EDITION && { 'globalThis.__PARAGLIDE_STATIC_LOCALE__': JSON.stringify(process.env.EDITION) })
	},
	build: {
		rolldownOptions: {
			output: {
				codeSplitting: { groups: chunkGroups }
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
