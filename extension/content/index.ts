import { startContentFile } from './start-content-file.ts';

// A career site's page that its URL says is no job's (the manifest's exclude_globs).
startContentFile(false);
