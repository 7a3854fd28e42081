import '@testing-library/jest-dom/vitest';
import { started } from '$lib/ui/start-turn';

// Components here are drawn as they are after the first page has started: at once, with nothing waiting for a turn.
started();
