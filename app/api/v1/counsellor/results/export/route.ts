import { absoluteUrl, withApi } from "@/lib/api/route";
import { counsellorViewFromRequest } from "@/lib/api/query";
import { requireCounsellorApi } from "@/lib/auth/session";
import { CSV_BOM, CSV_HEADER, csvLine, exportFileName, resultToCsv } from "@/lib/counsellor/csv";
import { filtersOf } from "@/lib/counsellor/filters";
import { streamResults } from "@/lib/shares/counsellor";

/**
 * Every result the filters match, as CSV, in the table's order. Rows are read a batch at a time
 * and written as the client takes them (the stream's pull), so memory stays flat at any size.
 */
export const GET = withApi(async (request: Request) => {
  const counsellor = await requireCounsellorApi(request);
  const view = await counsellorViewFromRequest(request, counsellor.id);
  const rows = streamResults(counsellor.id, { ...filtersOf(view), sort: view.sort, dir: view.dir });
  const encoder = new TextEncoder();
  const linkBase = absoluteUrl(request, "/counsellor/results/");
  let started = false;

  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(CSV_BOM + csvLine([...CSV_HEADER])));
      }
      // Up to 200 rows per pull: few enough to stay small, many enough to be quick.
      let chunk = "";
      for (let i = 0; i < 200; i++) {
        const next = await rows.next();
        if (next.done) {
          if (chunk) controller.enqueue(encoder.encode(chunk));
          controller.close();
          return;
        }
        chunk += resultToCsv(next.value, linkBase + next.value.id);
      }
      controller.enqueue(encoder.encode(chunk));
    },
    async cancel() {
      await rows.return(undefined);
    },
  });

  return new Response(stream, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${exportFileName()}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
});
