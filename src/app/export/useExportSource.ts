// What a workbook's source row says about the data: the dataset folder and its extractor version
// (from the loaded manifest), and today's date.
import { useLoadStatus } from '../LoadBanner';
import { today, type ExportSource } from './source';

export function useExportSource(dataParam: string | null): () => ExportSource {
  const status = useLoadStatus();
  const version = status.manifest?.extractor_version;
  return () => ({ dataset: dataParam, extractorVersion: typeof version === 'string' ? version : null, exportedOn: today() });
}
