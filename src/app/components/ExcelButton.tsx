// The "Excel" button beside a CSV button: builds the workbook spec when clicked (the rows may still
// need a query, e.g. which cells are n/a), then loads exceljs and downloads the file.
import { useState } from 'react';
import { useI18n } from '../i18n';
import { problemText, ProblemError } from '../../domain/problems';
import type { WorkbookSpec } from '../export/workbookSpec';

export function ExcelButton({ build, disabled, testId }: {
  build: () => WorkbookSpec | Promise<WorkbookSpec>; disabled?: boolean; testId?: string;
}) {
  const i = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const click = async () => {
    setBusy(true);
    setError(null);
    try {
      const spec = await build();
      const { downloadWorkbook } = await import('../export/downloadWorkbook');
      await downloadWorkbook(spec);
    } catch (e) {
      setError(e instanceof ProblemError ? problemText(e.problem, i.lang) : e instanceof Error ? e.message : String(e));
    } finally { setBusy(false); }
  };
  return (
    <>
      <button type="button" className="excel" onClick={() => void click()} disabled={disabled || busy} data-testid={testId} aria-busy={busy || undefined}>
        {busy ? i.t('xlsx.working') : i.t('xlsx.download')}
      </button>
      {error && <span role="alert" className="error">{i.t('xlsx.failed')}{error}</span>}
    </>
  );
}
