import { createRoot } from 'react-dom/client';
import { startDataset } from '../data';
import { App } from './App';
import './styles.css';

// Start DuckDB and the data download before React renders: they are the long pole.
startDataset().catch(() => { /* shown by the load banner */ });
createRoot(document.getElementById('root')!).render(<App />);
