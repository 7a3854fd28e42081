// What the list of datasets shows of each: the dataset without its rows, and how many there are.
import type { Dataset } from './datasets';

export type DatasetAbout = Omit<Dataset, 'rows'> & { rowCount: number };

export const aboutDataset = ({ rows, ...about }: Dataset): DatasetAbout => ({ ...about, rowCount: rows.length });
