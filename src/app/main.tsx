import { startDataset } from '../data';
import './styles.css';
import './print.css';

// Start DuckDB and the data download first: they are the long pole. The UI (React, ECharts, the
// tables) loads as a separate chunk meanwhile.
startDataset().catch(() => { /* shown by the load banner */ });
void import('./mount').then((m) => m.mount(document.getElementById('root')!));
// Saved user reports join the tables whatever view opens first (a reload on Compare shows them
// too). init() is idempotent; the Import view awaits the same promise.
if (typeof indexedDB !== 'undefined') {
  void import('./import/userSession').then(({ userSession }) => userSession.init()).catch(() => { /* storage unavailable: the Import view says so */ });
}
