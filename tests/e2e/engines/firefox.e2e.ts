// The cross-engine smoke scenarios in Firefox (Debian's firefox-esr, over WebDriver BiDi).
import { describe } from 'vitest';
import { startFirefox } from './firefox';
import { engineScenarios } from './scenarios';

describe('in Firefox', () => engineScenarios(startFirefox));
