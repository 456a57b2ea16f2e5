/**
 * Before anything reads a setting: a .env file at the repository's root fills in what the environment
 * does not say (the environment wins). main.ts imports this first, ahead of tracing and the boot logger.
 */
import { loadDotEnv } from '@wallet/postgres';

loadDotEnv();
