import { kindsDrawn, loadDiagrams } from '$lib/diagrams/components';

export const load = async ({ data }) => {
	await loadDiagrams(kindsDrawn(data.content, data.phaseId));
	return data;
};
