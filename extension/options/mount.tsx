import { render } from 'preact';
import { Options } from './Options.tsx';

export function mount(root: HTMLElement): void {
  render(<Options />, root);
}
