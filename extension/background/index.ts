import { startBackground } from './service.ts';

// Listeners must be registered in the first turn of the worker/event page: startBackground
// does that synchronously and lets the storage migration finish in the background.
startBackground();
