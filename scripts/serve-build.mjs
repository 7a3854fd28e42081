// Serves build/ (the three editions side by side) as a static host does, at http://localhost:4173, the origin the
// build writes its absolute addresses for when SITE_ORIGIN is unset (scripts/site-origin.js).
// Usage: npm run preview
import { fileURLToPath } from 'node:url';
import { serveStatic } from './bench/server.mjs';

const server = await serveStatic(fileURLToPath(new URL('../build/', import.meta.url)), {}, 4173);
console.log(`Serving build/ at ${server.url.replace('127.0.0.1', 'localhost')}`);
