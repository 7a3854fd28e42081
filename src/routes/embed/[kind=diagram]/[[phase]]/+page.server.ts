import type { EmbedView } from '$lib/embed/catalogue';
import type { DiagramKind } from '$lib/content/types';
import { content } from '$lib/server/content';
import { embedEntries, embedPhase, embedView, embedViews } from '$lib/server/embeds';
import type { EntryGenerator, PageServerLoad } from './$types';

// Static SVG, no hydration: a diagram embed loads one small script and nothing else.
export const csr = false;

export const entries: EntryGenerator = () =>
	embedViews
		.filter((v): v is EmbedView & { kind: DiagramKind } => v.kind !== 'stepper')
		.flatMap((v) => embedEntries(v).map((e) => ({ kind: v.kind, ...e })));

export const load: PageServerLoad = ({ params }) => {
	const view = embedView(params.kind) as EmbedView & { kind: DiagramKind };
	return { content, view, phaseId: embedPhase(view, params.phase) };
};
