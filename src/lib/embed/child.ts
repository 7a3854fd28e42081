// The one script every embed page loads (same origin, built by Vite, no inline code): see runtime.ts.
import { startEmbed } from './runtime';

startEmbed(window);
