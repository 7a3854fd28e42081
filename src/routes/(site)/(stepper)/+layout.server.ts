import { error } from '@sveltejs/kit';
import { edition } from '$lib/server/content';
import { stepperPage } from '$lib/server/stepper-page';

/** The phase a stepper page shows: the one in its path, or the first on the home page. */
export const load = ({ params }) => {
	const { content, makers } = edition();
	const phaseId = params.id ?? content.phases[0].id;
	if (!content.phaseById[phaseId]) error(404, `There is no phase "${phaseId}"`);
	return stepperPage(content, makers, phaseId);
};
