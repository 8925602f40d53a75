/**
 * The CSV half of `npm run bench:counsellor`, in a fresh process so its memory figures are the
 * export's own: streams every row of one counsellor's results through the same generator and
 * CSV writer as the export route, sampling memory every 20 ms, and prints one JSON line.
 * Usage: tsx --conditions=react-server scripts/bench/counsellor-export.ts <DATABASE_URL> <counsellorId>
 */
import { createDb } from "../../lib/db";
import { CSV_BOM, CSV_HEADER, csvLine, resultToCsv } from "../../lib/counsellor/csv";
import { filtersOf, readResultView } from "../../lib/counsellor/filters";
import { streamResults } from "../../lib/shares/counsellor";

async function main() {
  const [url, counsellorId] = process.argv.slice(2);
  if (!url || !counsellorId) throw new Error("usage: counsellor-export.ts <DATABASE_URL> <counsellorId>");
  const { db } = createDb(url);
  await db.share.count({ where: { counsellorId } }); // connect before the baseline
  const baseline = process.memoryUsage();
  let peakRss = baseline.rss;
  let peakHeap = baseline.heapUsed;
  const sample = () => {
    const usage = process.memoryUsage();
    peakRss = Math.max(peakRss, usage.rss);
    peakHeap = Math.max(peakHeap, usage.heapUsed);
  };
  const sampler = setInterval(sample, 20);
  const view = readResultView({});
  const started = process.hrtime.bigint();
  let rows = 0;
  let bytes = Buffer.byteLength(CSV_BOM + csvLine([...CSV_HEADER]));
  for await (const row of streamResults(counsellorId, { ...filtersOf(view), sort: view.sort, dir: view.dir }, db)) {
    bytes += Buffer.byteLength(resultToCsv(row, `https://coderfit.example/counsellor/results/${row.id}`));
    rows++;
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  clearInterval(sampler);
  sample();
  await db.$disconnect();
  console.log(
    JSON.stringify({
      rows,
      seconds,
      megabytes: bytes / 1e6,
      baselineRssMb: baseline.rss / 1e6,
      peakRssMb: peakRss / 1e6,
      peakHeapMb: peakHeap / 1e6,
    }),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
