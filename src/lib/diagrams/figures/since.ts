// The figures' since view: none yet (the figures draw the plan's and the articles' numbers only).
export type FiguresSince = null;
