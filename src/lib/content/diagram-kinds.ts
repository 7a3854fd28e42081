// The kinds of diagram, in the order the Embed dialog lists them: apart from the schema, so the browser gets no zod.
export const diagramKinds = ['sequence', 'exchange', 'map', 'governance', 'figures'] as const;
export type DiagramKind = (typeof diagramKinds)[number];
