import { startContentFile } from './start-content-file.ts';

// A career site's job URL (the manifest's include_globs).
startContentFile();
