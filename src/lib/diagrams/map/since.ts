// The map's since view: none yet (the map draws the plan's lines only).
export type MapSince = null;
