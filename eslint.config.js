// Lint rules: JavaScript's and TypeScript's recommended sets, Svelte's, and Prettier's formatting left to Prettier.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{ ignores: ['build/', '.svelte-kit/', 'node_modules/', 'bench-results/', 'shots/', 'src/lib/paraglide/'] },
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{ languageOptions: { globals: { ...globals.browser, ...globals.node } } },
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: { projectService: true, extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig }
		}
	},
	{
		rules: {
			// Links are plain paths: the site is served from the root of its origin (no paths.base), and embeds and the
			// prerendered pages must work without the router.
			'svelte/no-navigation-without-resolve': 'off',
			// A leading underscore marks a value taken apart only to be left out.
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }
			],
			// Prettier keeps code within 120 columns but cannot break comments or strings: this holds those to it too, a tab
			// counting 2 columns as in Prettier. URLs are exempt (they cannot be broken), and so are lines with a regular
			// expression literal: the one in scripts/vite/chunk-groups.ts reads worse cut into strings for a new RegExp.
			'max-len': ['error', { code: 120, tabWidth: 2, ignoreUrls: true, ignoreRegExpLiterals: true }]
		}
	}
);
