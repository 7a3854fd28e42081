// Compiles the interface's messages (messages/<locale>.json) into src/lib/paraglide, as the Vite plugin does on
// build: svelte-check and eslint read the compiled modules, and they run without Vite.
// Usage: node scripts/compile-messages.mjs
import { compile } from '@inlang/paraglide-js';
import { messageOptions } from './vite/messages.js';

await compile(messageOptions);
