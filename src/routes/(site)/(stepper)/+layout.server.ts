import { stepperSlice } from '$lib/content/slice';
import { content } from '$lib/server/content';

export const load = () => ({ content: stepperSlice(content) });
