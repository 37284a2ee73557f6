import { render } from 'preact';
import { App } from './App';
import type { PanelBoot } from './boot';

/** Draws the side panel into the page, with the requests already on their way. */
export function mount(boot: PanelBoot): void {
  render(<App boot={boot} />, document.getElementById('app')!);
}
