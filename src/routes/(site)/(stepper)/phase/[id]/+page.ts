import { withDiagrams } from '$lib/diagrams/components';

export const load = ({ data }) => withDiagrams(data);
