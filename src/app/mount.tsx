import { createRoot } from 'react-dom/client';
import { App } from './App';

export function mount(root: HTMLElement) {
  createRoot(root).render(<App />);
}
