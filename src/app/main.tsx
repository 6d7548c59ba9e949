import { startDataset } from '../data';
import './styles.css';

// Start DuckDB and the data download first: they are the long pole. The UI (React, ECharts, the
// tables) loads as a separate chunk meanwhile.
startDataset().catch(() => { /* shown by the load banner */ });
void import('./mount').then((m) => m.mount(document.getElementById('root')!));
