import { withAllDiagrams } from '$lib/diagrams/components';

// Drawn at build time only (no hydration): any of the five may be drawn.
export const load = ({ data }) => withAllDiagrams(data);
