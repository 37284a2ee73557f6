import './style.css';
import { startPanel } from './boot';

// The plans are asked for first; the app's code (preloaded by the HTML, see
// scripts/preload-app-plugin.ts) arrives meanwhile and draws them.
const boot = startPanel();
void import('./mount').then(({ mount }) => mount(boot));
