import { phasePageData } from '$lib/stepper/page-load';

export const load = ({ data }) => phasePageData(data);
