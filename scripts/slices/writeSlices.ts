// Writes the embeds' slices (buildSlices) next to a dataset: opens the dataset's DuckDB file the way
// the app does (attached read-only behind the same views, src/data/setup.ts), runs the builders on
// one thread and writes compact JSON through a staging folder. Same data → same bytes.
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { datasetSetupSql, sourceColumnsSql } from '../../src/data/setup';
import { REFRESH_REPORT_BASE } from '../../src/data/sql';
import { SLICES_DIR, type SliceMeta } from '../../src/data/slices';
import { nodeConnector } from '../cli/nodeConnector';
import { buildSlices } from './buildSlices';

export interface WrittenSlices { files: string[]; bytes: number }

export async function writeSlices(dbFile: string, outDir: string, meta: SliceMeta): Promise<WrittenSlices> {
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  const con = await instance.connect();
  let slices: Map<string, unknown>;
  try {
    await con.run(`ATTACH '${dbFile.replace(/'/g, "''")}' AS src (READ_ONLY)`);
    const have = (await con.runAndReadAll(sourceColumnsSql('src'))).getRowObjectsJS();
    await con.run(datasetSetupSql(have));
    await con.run(REFRESH_REPORT_BASE);
    slices = await buildSlices(nodeConnector(con), meta);
  } finally {
    con.closeSync();
    instance.closeSync();
  }
  const staging = join(outDir, `.${SLICES_DIR}-staging`);
  rmSync(staging, { recursive: true, force: true });
  let bytes = 0;
  for (const [path, slice] of slices) {
    const file = join(staging, path.slice(SLICES_DIR.length + 1));
    mkdirSync(dirname(file), { recursive: true });
    const text = JSON.stringify(slice) + '\n';
    bytes += Buffer.byteLength(text);
    writeFileSync(file, text);
  }
  const target = join(outDir, SLICES_DIR);
  rmSync(target, { recursive: true, force: true });
  renameSync(staging, target);
  return { files: [...slices.keys()], bytes };
}
