// The cross-engine smoke scenarios in WebKit (Debian's WebKitGTK through WebKitWebDriver, on Xvfb).
import { describe } from 'vitest';
import { startWebKit } from './webkit';
import { engineScenarios } from './scenarios';

describe('in WebKit', () => engineScenarios(startWebKit));
