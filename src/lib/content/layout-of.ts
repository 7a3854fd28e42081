// A diagram's layout from a page's content. A page's data carries only the layouts of the diagrams it draws
// (see slice.ts), so asking for another is a mistake in the page, said plainly.
import type { Content, DiagramLayouts } from './types';

export function layoutOf<K extends keyof DiagramLayouts>(content: Content, kind: K): DiagramLayouts[K] {
	const layout = content.layouts[kind];
	if (!layout)
		throw new Error(
			`This page's content carries no ${kind} layout; its slice leaves out diagrams the page does not draw`
		);
	return layout;
}
