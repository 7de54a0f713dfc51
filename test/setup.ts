// Every unit test file runs this first (vitest `setupFiles`, evaluated per file even where modules are shared):
// the temporary folders and cores a test made are removed after it.
import { afterEach } from 'vitest';
import { runCleanups } from './helpers';

afterEach(runCleanups);
