// Matches the datasets a reader can download (/data/events.csv, /data/tracker.json, ...).
import { datasetNames, type Dataset } from '$lib/downloads/datasets';

export const match = (param: string): param is Dataset['name'] => datasetNames.some((name) => name === param);
