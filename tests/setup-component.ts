import '@testing-library/jest-dom/vitest';

// jsdom has no matchMedia; svelte/motion's prefersReducedMotion reads it.
window.matchMedia ??= ((query: string) => ({
	matches: false,
	media: query,
	onchange: null,
	addEventListener() {},
	removeEventListener() {},
	addListener() {},
	removeListener() {},
	dispatchEvent: () => false
})) as unknown as typeof window.matchMedia;
