// The downloadable datasets, made once per build from the content.
import { datasets } from '$lib/downloads/datasets';
import { content } from './content';

export const datasetsBuilt = datasets(content);
