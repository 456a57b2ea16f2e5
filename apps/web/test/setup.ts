import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
  localStorage.clear();
});

// Routes load their code lazily; the first import of a module under test takes a moment.
configure({ asyncUtilTimeout: 5_000 });
