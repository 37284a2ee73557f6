// First: it asks the background for the plans before the rest of the panel even runs.
import { boot } from './boot';
import { render } from 'preact';
import './style.css';
import { App } from './App';

render(<App boot={boot} />, document.getElementById('app')!);
