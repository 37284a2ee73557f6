import { render } from 'preact';
import '@/components/theme.css';
import '@/components/guide.css';
import './style.css';
import { App } from './App';

render(<App />, document.getElementById('app')!);
