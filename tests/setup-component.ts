import '@testing-library/jest-dom/vitest';
import { firstPageHydrated } from '$lib/start-up/hydration-tasks';

// Components here are drawn as they are after the first page has started: at once, with nothing waiting for a turn.
firstPageHydrated();
