// How the client code is cut into files. Left alone, the bundler cuts the shared code into 20-30 small chunks a page,
// each compressed apart and with its own imports and exports; grouped, a stepper page loads 11-13 files
// (docs/start-up.md). The diagrams stay out of the groups: each is a chunk of its own, fetched by the pages that
// draw it.

/** rolldown's `output.codeSplitting.groups`. */
export const chunkGroups = [
	// Svelte, SvelteKit and d3's few browser-side pieces: one file, the same on every page.
	{ name: 'runtime', test: /node_modules[\\/]/, priority: 20 },
	// What every stepper page shares: the phase view, the shared diagram frame, the start-up pieces, the Embed button;
	// not the since view's parts (Since…, since-…), which a page fetches when its reader first asks for them.
	{
		name: 'stepper',
		priority: 10,
		test: /src[\\/]lib[\\/](ui|start-up|stepper|format|embed[\\/](EmbedButton|context|catalogue)|diagrams[\\/](?!Since|since-)[A-Za-z-]+\.(svelte|ts))/
	}
];
