import { Document, Page, StyleSheet, View, type DocumentProps } from "@react-pdf/renderer";
import type { ReactElement, ReactNode } from "react";
import { pageWords, type PageWords } from "@/lib/i18n/page-words";
import type { ReceiptGroupView, ReceiptLineView, ReceiptView } from "@/lib/report";
import { PDF_FONT, pdfFontFamily } from "./fonts";
import { Text } from "./text";
import type { ReportPdfModel, ReportPdfNote } from "./model";

/**
 * The report as an A4 PDF: the answer, the plan and why we think so, then (when asked for) the
 * full receipt as an appendix. Laid out for reading on paper and on a phone's PDF viewer alike:
 * one column (two for short side-by-side blocks), 10 pt body text, the site's teal for emphasis.
 * Small blocks never split across pages, and a heading always travels with what follows it.
 * Its words are the PDF's own (pdf.json) and the report page's headings (report.json), in the
 * model's language; a Hindi document sets Devanagari first in its font list (./fonts).
 */

// The site's colours (app/globals.css and Tailwind's slate). Shared with the class summary.
export const colour = {
  brand50: "#f0faf8",
  brand100: "#d9f1ec",
  brand200: "#a7e3dc",
  brand600: "#0f766e",
  brand700: "#0b5f59",
  brand800: "#0a4d48",
  slate200: "#e2e8f0",
  slate300: "#cbd5e1",
  slate500: "#64748b",
  slate600: "#475569",
  slate700: "#334155",
  slate800: "#1e293b",
  slate900: "#0f172a",
};

/**
 * A font size with its line height. React-PDF turns a unitless line height into points against
 * the font size of the same style (18 when that style has none) and children inherit the points,
 * so every style that sets a size sets its leading too.
 */
export const type = (fontSize: number, leading = 1.4) => ({ fontSize, lineHeight: leading });

const styles = StyleSheet.create({
  page: {
    fontFamily: PDF_FONT,
    fontSize: 10,
    color: colour.slate800,
    paddingTop: 44,
    paddingBottom: 64,
    paddingHorizontal: 52,
  },
  // On the content, not the page: a line height set on the page blanks the page number's render text.
  body: { ...type(10, 1.45) },
  eyebrow: { ...type(8.5), fontWeight: 600, color: colour.brand700, textTransform: "uppercase" },
  title: { ...type(20, 1.25), fontWeight: 600, color: colour.slate900, marginTop: 4 },
  meta: { ...type(9.5), color: colour.slate600, marginTop: 4 },

  scoreCard: {
    flexDirection: "row",
    marginTop: 16,
    padding: 16,
    borderRadius: 8,
    backgroundColor: colour.brand50,
    borderWidth: 1,
    borderColor: colour.brand200,
    borderStyle: "solid",
  },
  scoreColumn: { width: 92, alignItems: "center", paddingRight: 14, borderRightWidth: 1, borderRightColor: colour.brand200 },
  scoreNumber: { ...type(36, 1.1), fontWeight: 700, color: colour.brand700 },
  scoreOutOf: { ...type(8.5), color: colour.slate600 },
  verdictColumn: { flex: 1, paddingLeft: 16 },
  bandLabel: { ...type(14, 1.3), fontWeight: 600, color: colour.slate900 },
  bandMeaning: { ...type(9.5), color: colour.slate700, marginTop: 2 },
  verdictTitle: { ...type(11.5), fontWeight: 600, color: colour.brand800, marginTop: 10 },
  verdictLine: { marginTop: 1 },

  partHeading: {
    ...type(15, 1.3),
    fontWeight: 600,
    color: colour.slate900,
    marginTop: 18,
    paddingBottom: 4,
    borderBottomWidth: 1.5,
    borderBottomColor: colour.brand600,
  },
  partIntro: { ...type(9.5), color: colour.slate600, marginTop: 5 },
  heading: { ...type(11.5, 1.3), fontWeight: 600, color: colour.slate900, marginTop: 12, marginBottom: 3 },
  strong: { fontWeight: 600, color: colour.slate900 },
  muted: { ...type(9.5), color: colour.slate600 },
  small: { ...type(9), color: colour.slate600 },

  action: { flexDirection: "row", marginTop: 8 },
  actionNumber: {
    width: 18,
    height: 18,
    borderRadius: 9,
    backgroundColor: colour.brand600,
    color: "#ffffff",
    ...type(9, 1),
    fontWeight: 700,
    textAlign: "center",
    paddingTop: 4.5,
    marginRight: 10,
    marginTop: 0.5,
  },
  actionBody: { flex: 1 },
  actionTitle: { ...type(10.5), fontWeight: 600, color: colour.slate900 },
  actionMeta: { ...type(9), color: colour.slate600, marginTop: 2 },

  callout: { borderLeftWidth: 3, borderLeftColor: colour.brand600, paddingLeft: 10, paddingVertical: 2 },
  salaryLine: { ...type(12, 1.35), fontWeight: 600, color: colour.slate900 },

  bulletRow: { flexDirection: "row", marginTop: 3 },
  bullet: { width: 4, height: 4, borderRadius: 2, backgroundColor: colour.brand600, marginTop: 5.5, marginRight: 8 },
  bulletText: { flex: 1 },

  columns: { flexDirection: "row", marginTop: 2 },
  column: { flex: 1 },
  columnGap: { width: 20 },

  pill: {
    ...type(7.5, 1.2),
    fontWeight: 600,
    color: colour.brand800,
    backgroundColor: colour.brand100,
    paddingHorizontal: 5,
    paddingVertical: 1.5,
    borderRadius: 3,
    marginLeft: 6,
    textTransform: "uppercase",
  },
  certification: { marginTop: 6 },
  certificationTitle: { flexDirection: "row", alignItems: "center" },

  part: { marginTop: 7 },
  partRow: { flexDirection: "row", alignItems: "center" },
  partLabel: { width: 96 },
  partScore: { ...type(11, 1.3), fontWeight: 700, color: colour.slate900, width: 52, textAlign: "right" },
  bar: { flex: 1, height: 6, borderRadius: 3, backgroundColor: colour.slate200, marginRight: 12 },
  barFill: { height: 6, borderRadius: 3, backgroundColor: colour.brand600 },


  tableHead: {
    flexDirection: "row",
    paddingVertical: 4,
    borderTopWidth: 1.5,
    borderTopColor: colour.slate300,
    borderBottomWidth: 1,
    borderBottomColor: colour.slate300,
  },
  tableHeadCell: { ...type(8.5), fontWeight: 600, color: colour.slate700 },
  tableRow: { flexDirection: "row", paddingVertical: 5, borderBottomWidth: 0.5, borderBottomColor: colour.slate200 },
  tableFoot: { flexDirection: "row", paddingVertical: 5, borderTopWidth: 1, borderTopColor: colour.slate300 },
  cellFactor: { width: "26%", paddingRight: 8 },
  cellWeight: { width: "10%", paddingRight: 8, textAlign: "right" },
  cellPoints: { width: "13%", paddingRight: 8, textAlign: "right" },
  cellWhy: { width: "51%" },
  kind: { ...type(7, 1.3), fontWeight: 600, color: colour.slate600, textTransform: "uppercase" },
  tableText: { ...type(8.5) },
  answerText: { ...type(8, 1.35), color: colour.slate600, marginTop: 2 },
  totalBox: {
    marginTop: 14,
    paddingVertical: 8,
    paddingHorizontal: 10,
    borderRadius: 6,
    backgroundColor: colour.brand50,
    borderWidth: 1,
    borderColor: colour.brand200,
    fontWeight: 600,
    color: colour.slate900,
  },

  footer: {
    position: "absolute",
    left: 52,
    right: 52,
    bottom: 28,
    paddingTop: 6,
    borderTopWidth: 0.75,
    borderTopColor: colour.slate300,
    ...type(8, 1.45),
    color: colour.slate500,
  },
  pageNumber: { position: "absolute", left: 52, right: 52, bottom: 40.5, fontSize: 8, color: colour.slate600, textAlign: "right" },

  note: { marginTop: 12, paddingBottom: 10, borderBottomWidth: 0.5, borderBottomColor: colour.slate200 },
  noteDate: { ...type(8.5), fontWeight: 600, color: colour.brand700, textTransform: "uppercase" },
  noteBody: { marginTop: 3 },
});

/** The words a document reads: the PDF's own and the report page's, both in the model's language. */
interface Words {
  pdf: PageWords<"pdf">;
  report: PageWords<"report">;
}

/** Keeps a heading with at least this much of what follows it (points). */
const HEADING_AHEAD = 60;

function Heading({ children }: { children: ReactNode }) {
  return (
    <Text style={styles.heading} minPresenceAhead={HEADING_AHEAD}>
      {children}
    </Text>
  );
}

/** A part's title; the page's one-line intros are left out to keep the answer and plan within two or three pages. */
function PartHeading({ title, intro }: { title: string; intro?: string }) {
  return (
    <View>
      <Text style={styles.partHeading}>{title}</Text>
      {intro ? <Text style={styles.partIntro}>{intro}</Text> : null}
    </View>
  );
}

function Bullets({ items }: { items: ReactNode[] }) {
  return (
    <View>
      {items.map((item, index) => (
        <View key={index} style={styles.bulletRow} wrap={false}>
          <View style={styles.bullet} />
          <Text style={styles.bulletText}>{item}</Text>
        </View>
      ))}
    </View>
  );
}

function Header({ model, words }: { model: ReportPdfModel; words: Words }) {
  const t = words.pdf;
  return (
    <View>
      <Text style={styles.eyebrow}>{t("brand")}</Text>
      <Text style={styles.title}>{model.title}</Text>
      <Text style={styles.meta}>
        {t("takenOn", { date: model.takenOn })}
        {"   ·   "}
        {t("market", { name: model.marketName })}
      </Text>
    </View>
  );
}

function Answer({ model, words }: { model: ReportPdfModel; words: Words }) {
  const { answer } = model;
  const t = words.pdf;
  const r = words.report;
  return (
    <View>
      <View style={styles.scoreCard} wrap={false}>
        <View style={styles.scoreColumn}>
          <Text style={styles.scoreNumber}>{answer.overall}</Text>
          <Text style={styles.scoreOutOf}>{t("outOf")}</Text>
        </View>
        <View style={styles.verdictColumn}>
          <Text style={styles.bandLabel}>{answer.band.label}</Text>
          <Text style={styles.bandMeaning}>{answer.band.meaning}</Text>
          <Text style={styles.verdictTitle}>{answer.verdict.title}</Text>
          <Text style={styles.verdictLine}>{answer.verdict.line}</Text>
        </View>
      </View>

      <Heading>{r("answer.actionsHeading")}</Heading>
      {answer.actions.map((action, index) => (
        <View key={action.kind} style={styles.action} wrap={false}>
          <Text style={styles.actionNumber}>{index + 1}</Text>
          <View style={styles.actionBody}>
            <Text style={styles.actionTitle}>{action.title}</Text>
            <Text>{action.detail}</Text>
            {action.time || action.cost ? (
              <Text style={styles.actionMeta}>
                {action.time ? (
                  <>
                    <Text style={styles.strong}>{r("answer.time")}: </Text>
                    {action.time}
                  </>
                ) : null}
                {action.time && action.cost ? "   ·   " : null}
                {action.cost ? (
                  <>
                    <Text style={styles.strong}>{r("answer.cost")}: </Text>
                    {action.cost}
                  </>
                ) : null}
              </Text>
            ) : null}
          </View>
        </View>
      ))}

      <View wrap={false}>
        <Heading>{r("answer.certificationHeading")}</Heading>
        {answer.certification ? (
          <View style={styles.callout}>
            <Text style={styles.actionTitle}>
              {answer.certification.code} · {answer.certification.name}
            </Text>
            <Text style={styles.muted}>{r("answer.awardedBy", { issuer: answer.certification.issuer })}</Text>
            <Text style={{ marginTop: 2 }}>{answer.certification.why}</Text>
          </View>
        ) : (
          <Text>{answer.certificationNote ?? r("answer.certificationNone")}</Text>
        )}
      </View>

      <View wrap={false}>
        <Heading>{r("answer.salaryHeading")}</Heading>
        {answer.salary.line ? (
          <View style={styles.callout}>
            <Text style={styles.salaryLine}>{answer.salary.line}</Text>
            {answer.salary.detail ? <Text style={styles.muted}>{answer.salary.detail}</Text> : null}
            {answer.salary.source ? <Text style={styles.muted}>{answer.salary.source}</Text> : null}
          </View>
        ) : (
          <Text>{answer.salary.detail}</Text>
        )}
      </View>

      {answer.watchOuts.length ? (
        <View wrap={false}>
          <Heading>{r("answer.watchHeading")}</Heading>
          <Bullets
            items={answer.watchOuts.map((watch) => (
              <>
                <Text style={styles.strong}>{watch.title}</Text> <Text style={styles.muted}>{watch.reason}</Text>
              </>
            ))}
          />
        </View>
      ) : null}
    </View>
  );
}

function Plan({ model, words }: { model: ReportPdfModel; words: Words }) {
  const { learning, journey, certifications, roles } = model.plan;
  const r = words.report;
  const stepOf = (step: number, total: number) => r("plan.learningStep", { step: String(step), total: String(total) });
  return (
    <View>
      {/* The part's heading travels with its first block, so it never ends a page alone. */}
      <View wrap={false}>
        <PartHeading title={r("plan.heading")} />

        <View style={styles.columns}>
          {learning ? (
            <>
              <View style={styles.column}>
                <Heading>{r("plan.learningHeading")}</Heading>
                <Text style={styles.eyebrow}>{stepOf(learning.step, learning.total)}</Text>
                <Text style={styles.actionTitle}>{learning.focus}</Text>
                <Text>{learning.task}</Text>
                <Text style={{ marginTop: 3 }}>
                  <Text style={styles.strong}>{r("plan.youWillProduce")}: </Text>
                  {learning.output}
                </Text>
                {learning.next.length ? (
                  <>
                    <Text style={[styles.strong, { marginTop: 6 }]}>{r("plan.thenHeading")}</Text>
                    <Bullets items={learning.next.map((next) => `${stepOf(next.step, learning.total)}: ${next.focus}`)} />
                  </>
                ) : null}
              </View>
              <View style={styles.columnGap} />
            </>
          ) : null}
          <View style={styles.column}>
            <Heading>{r("plan.journeyHeading")}</Heading>
            <Text style={styles.eyebrow}>{journey.monthsText}</Text>
            <Text style={styles.actionTitle}>
              {r("plan.journeyPhase", { phase: String(journey.phase), total: String(journey.total), name: journey.name })}
            </Text>
            <Text>{journey.reason}</Text>

            <Heading>{r("plan.rolesHeading")}</Heading>
            {roles.now.length ? (
              <Text>
                <Text style={styles.strong}>{r("plan.rolesNow")}: </Text>
                {roles.now.join(", ")}
              </Text>
            ) : null}
            {roles.later.length ? (
              <Text style={{ marginTop: 2 }}>
                <Text style={styles.strong}>{r("plan.rolesLater")}: </Text>
                {roles.later.join(", ")}
              </Text>
            ) : null}
          </View>
        </View>
      </View>

      {certifications.length ? (
        <View>
          <Heading>{r("plan.certificationsHeading")}</Heading>
          {certifications.map((certification) => (
            <View key={certification.code} style={styles.certification} wrap={false}>
              <View style={styles.certificationTitle}>
                <Text style={styles.actionTitle}>
                  {certification.code} · {certification.name}
                </Text>
                {certification.first ? <Text style={styles.pill}>{r("plan.firstChoice")}</Text> : null}
              </View>
              <Text style={styles.muted}>{r("answer.awardedBy", { issuer: certification.issuer })}</Text>
              <Text>{certification.reason}</Text>
            </View>
          ))}
        </View>
      ) : null}
    </View>
  );
}

function Why({ model, words }: { model: ReportPdfModel; words: Words }) {
  const { parts, strengths, workOn, confidence } = model.why;
  const t = words.pdf;
  const r = words.report;
  return (
    <View>
      <View wrap={false}>
        <PartHeading title={r("why.heading")} />
        {parts.map((part) => (
          <View key={part.id} style={styles.part}>
            <View style={styles.partRow}>
              <Text style={[styles.actionTitle, styles.partLabel]}>{part.label}</Text>
              <View style={styles.bar}>
                <View style={[styles.barFill, { width: `${Math.min(Math.max(part.score, 0), 100)}%` }]} />
              </View>
              <Text style={styles.partScore}>{t("partOutOf", { score: String(part.score) })}</Text>
            </View>
            <Text style={[styles.small, { marginTop: 1 }]}>{part.description}</Text>
          </View>
        ))}
      </View>

      <View style={styles.columns}>
        <View style={styles.column} wrap={false}>
          <Heading>{r("why.strengthsHeading")}</Heading>
          {strengths.length ? <Bullets items={strengths} /> : <Text>{r("why.strengthsNone")}</Text>}
        </View>
        <View style={styles.columnGap} />
        <View style={styles.column} wrap={false}>
          <Heading>{r("why.workOnHeading")}</Heading>
          {workOn.length ? <Bullets items={workOn} /> : <Text>{r("why.workOnNone")}</Text>}
        </View>
      </View>

      <View wrap={false}>
        <Heading>{r("why.confidenceHeading")}</Heading>
        <View style={styles.callout}>
          <Text>
            <Text style={styles.strong}>{t("confidenceLabel", { label: confidence.label })}</Text>
            {confidence.note}
          </Text>
          <Text style={styles.muted}>{r("why.knowledge", { right: confidence.knowledge })}</Text>
        </View>
      </View>
    </View>
  );
}

function ReceiptLine({ line }: { line: ReceiptLineView }) {
  return (
    <View style={styles.tableRow} wrap={false}>
      <View style={styles.cellFactor}>
        {line.kind ? <Text style={styles.kind}>{line.kind}</Text> : null}
        <Text style={[styles.tableText, styles.strong]}>{line.name}</Text>
      </View>
      <Text style={[styles.tableText, styles.cellWeight]}>{line.weightText}</Text>
      <Text style={[styles.tableText, styles.cellPoints]}>
        <Text style={styles.strong}>{line.pointsText}</Text> / {line.maxPointsText}
      </Text>
      <View style={styles.cellWhy}>
        <Text style={styles.tableText}>{line.explanation}</Text>
        {line.answers.map((entry, index) => (
          <Text key={`${entry.itemId}-${index}`} style={styles.answerText}>
            {entry.text}
          </Text>
        ))}
      </View>
    </View>
  );
}

function ReceiptGroup({ group, words }: { group: ReceiptGroupView; words: Words }) {
  const t = words.pdf;
  const lines = group.lines;
  const middle = lines.slice(1, -1);
  const last = lines.length > 1 ? lines.at(-1) : undefined;
  const subtotal = (
    <View style={styles.tableFoot}>
      <Text style={[styles.tableText, styles.strong, styles.cellFactor]}>{t("appendix.subtotal", { label: group.label })}</Text>
      <Text style={[styles.tableText, styles.cellWeight]}>{group.weightText}</Text>
      <Text style={[styles.tableText, styles.strong, styles.cellPoints]}>
        {group.pointsText} / {group.maxPointsText}
      </Text>
      <View style={styles.cellWhy} />
    </View>
  );
  return (
    <View style={{ marginTop: 14 }}>
      {/* The heading and the table's head stay with the first line, the subtotal with the last. */}
      <View wrap={false}>
        <Text style={[styles.actionTitle, { marginBottom: 6 }]}>
          {t("appendix.group", { label: group.label, points: group.pointsText, max: group.maxPointsText, weight: group.weightText })}
        </Text>
        <View style={styles.tableHead}>
          <Text style={[styles.tableHeadCell, styles.cellFactor]}>{t("appendix.columns.factor")}</Text>
          <Text style={[styles.tableHeadCell, styles.cellWeight]}>{t("appendix.columns.weight")}</Text>
          <Text style={[styles.tableHeadCell, styles.cellPoints]}>{t("appendix.columns.points")}</Text>
          <Text style={[styles.tableHeadCell, styles.cellWhy]}>{t("appendix.columns.why")}</Text>
        </View>
        {lines[0] ? <ReceiptLine line={lines[0]} /> : null}
        {last ? null : subtotal}
      </View>
      {middle.map((line) => (
        <ReceiptLine key={line.key} line={line} />
      ))}
      {last ? (
        <View wrap={false}>
          <ReceiptLine line={last} />
          {subtotal}
        </View>
      ) : null}
    </View>
  );
}

function Appendix({ receipt, words }: { receipt: ReceiptView; words: Words }) {
  const t = words.pdf;
  return (
    <View break>
      <PartHeading
        title={t("appendix.heading")}
        intro={t("appendix.intro", { lines: String(receipt.lineCount), total: receipt.totalPointsText, overall: String(receipt.overall) })}
      />
      {receipt.groups.map((group) => (
        <ReceiptGroup key={group.id} group={group} words={words} />
      ))}
      <Text style={styles.totalBox} wrap={false}>
        {t("appendix.total", { equation: receipt.equation })}
      </Text>
    </View>
  );
}

/** The counsellor's own notes, on a page of their own after the report (their download only). */
function CounsellorNotes({ notes, words }: { notes: ReportPdfNote[]; words: Words }) {
  const t = words.pdf;
  return (
    <View break>
      <PartHeading title={t("notes.heading")} intro={t("notes.intro")} />
      {notes.length ? (
        notes.map((note, index) => (
          <View key={index} style={styles.note}>
            <Text style={styles.noteDate} minPresenceAhead={24}>
              {t("notes.written", { date: note.writtenOn })}
            </Text>
            <Text style={styles.noteBody}>{note.body}</Text>
          </View>
        ))
      ) : (
        <Text style={{ marginTop: 12 }}>{t("notes.none")}</Text>
      )}
    </View>
  );
}

function Footer({ model, words }: { model: ReportPdfModel; words: Words }) {
  const t = words.pdf;
  // The page number is a fixed element of its own, sized by left and right: a render-prop text
  // inside a row, or without a width, comes out blank.
  return (
    <>
      <View style={styles.footer} fixed>
        <Text>
          {t("brand")} · {model.title} · {t("takenOn", { date: model.takenOn })}
        </Text>
        <Text>{t("versions", model.versions)}</Text>
      </View>
      <Text
        style={styles.pageNumber}
        fixed
        render={({ pageNumber, totalPages }) => t("pageOf", { page: String(pageNumber), total: String(totalPages) })}
      />
    </>
  );
}

/** The whole document for one report: a plain function, as renderToBuffer takes a Document element. */
export function reportDocument(model: ReportPdfModel): ReactElement<DocumentProps> {
  const words: Words = { pdf: pageWords(model.locale, "pdf"), report: pageWords(model.locale, "report") };
  const t = words.pdf;
  return (
    <Document
      title={model.title}
      subject={t("subject")}
      author={t("brand")}
      creator={t("brand")}
      producer={t("brand")}
      language={model.locale}
    >
      <Page size="A4" style={[styles.page, { fontFamily: pdfFontFamily(model.locale) }]}>
        <View style={styles.body}>
          <Header model={model} words={words} />
          <Answer model={model} words={words} />
          <Plan model={model} words={words} />
          <Why model={model} words={words} />
          {model.receipt ? <Appendix receipt={model.receipt} words={words} /> : null}
          {model.notes ? <CounsellorNotes notes={model.notes} words={words} /> : null}
        </View>
        <Footer model={model} words={words} />
      </Page>
    </Document>
  );
}
