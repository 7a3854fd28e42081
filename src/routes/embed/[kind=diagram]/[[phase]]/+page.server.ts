import type { DiagramKind } from '$lib/content/types';
import { isDiagramKind, type EmbedView } from '$lib/embed/catalogue';
import { diagramEmbedPage, embedEntries, embedViews } from '$lib/server/embeds';
import type { EntryGenerator, PageServerLoad } from './$types';

// Static SVG, no hydration: a diagram embed loads one small script and nothing else.
export const csr = false;

export const entries: EntryGenerator = () =>
	embedViews()
		.filter((v): v is EmbedView & { kind: DiagramKind } => isDiagramKind(v.kind))
		.flatMap((v) => embedEntries(v).map((e) => ({ kind: v.kind, ...e })));

export const load: PageServerLoad = ({ params }) => diagramEmbedPage(params.kind, params.phase);
