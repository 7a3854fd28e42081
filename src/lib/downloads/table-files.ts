// A dataset as the files a reader downloads: CSV (a header row of the column names, then the rows, RFC 4180 quoting)
// and JSON (what it is, its columns with their meanings, and the rows).
import { stringify } from 'csv-stringify/sync';
import type { Dataset } from './datasets';

export function csvOf({ columns, rows }: Dataset): string {
	return stringify(rows, { header: true, columns: columns.map((c) => c.name), record_delimiter: 'windows' });
}

export function jsonOf(dataset: Dataset): string {
	return JSON.stringify(dataset, null, 1);
}
