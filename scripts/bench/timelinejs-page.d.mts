// Types of timelinejs-page.mjs, for the TypeScript that imports it (the page-weight test).

/** The package's dist/ folder (js/timeline.js, css/timeline.css, css/icons/). */
export function timelineDist(): string;

/** Font imports and other-origin URLs in a stylesheet. */
export function foreignCssUrls(css: string): string[];

/** Writes index.html into `folder`: TimelineJS showing the phases and events of the project's data/ at `root`. */
export function writeTimelinePage(root: string, folder: string, distUrl: string): void;
