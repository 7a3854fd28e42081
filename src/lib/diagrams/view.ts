// Which story a diagram tells: what the plan set out, or what happened after the talks beside it.
export const diagramViews = ['plan', 'since'] as const;
export type DiagramView = (typeof diagramViews)[number];

/** The view a URL option names; anything else is the plan, the default. */
export const diagramViewOf = (value: string | null | undefined): DiagramView => (value === 'since' ? 'since' : 'plan');
