import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy/waitFor wait up to 5 s, not 1 s: the first test also loads the lazy timeline module, which
// takes over a second on a busy 2-core machine. Passing tests return as soon as the condition holds.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => cleanup());
