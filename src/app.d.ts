// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {}
	/** The site's public origin, from SITE_ORIGIN at build time (vite.config.ts, src/lib/site/origin.ts). */
	const __SITE_ORIGIN__: string;
}
export {};
