// The content as the tests expect to see it, read straight from data/.
import { readFileSync } from 'node:fs';

const read = <T>(file: string): T => JSON.parse(readFileSync(new URL(`../../data/${file}`, import.meta.url), 'utf8'));

export const phases = read<{ id: string; title: string; diagrams: { kind: string }[]; quotes: { quote: string }[] }[]>('phases.json');
export const quotes = read<{ id: string; text: string }[]>('quotes.json');
export const quoteText = (id: string) => quotes.find((q) => q.id === id)!.text;
