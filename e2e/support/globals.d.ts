// Code passed to worker.evaluate()/page.evaluate() runs in the browser, where `chrome` exists.
// The e2e code only names it there; typing it loosely keeps @types/chrome out of the project.
// biome-ignore lint/suspicious/noExplicitAny: browser-side global, see above.
declare const chrome: any;
