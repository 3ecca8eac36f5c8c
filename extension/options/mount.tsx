import { render } from 'preact';
import type { EarlyData } from './early-index.ts';
import { Options } from './Options.tsx';

export function mount(root: HTMLElement, early: EarlyData): void {
  render(<Options early={early} />, root);
}
