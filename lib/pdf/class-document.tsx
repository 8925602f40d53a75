import { Document, Page, StyleSheet, View, type DocumentProps } from "@react-pdf/renderer";
import type { ReactElement } from "react";
import { pageWords, type PageWords } from "@/lib/i18n/page-words";
import { resultsText, type ClassFigure, type ClassSummaryModel } from "./class-model";
import { PDF_FONT, pdfFontFamily } from "./fonts";
import { Text } from "./text";
import { colour, type } from "./report-document";

/**
 * A cohort's class summary as an A4 PDF, in the report's look (Geist, the site's teal): the
 * figures on the first page, then who to talk to first, then one compact line per student, so a
 * class of 60 fits in four pages. Rows never split across pages; headings travel with what follows.
 * Its words are pdf.json's `class`, in the model's language (Devanagari first in a Hindi one's fonts).
 */

type Words = PageWords<"pdf">;

const bandTones: Record<string, string> = {
  strong: colour.brand600,
  good: colour.brand200,
  possible: "#fbbf24",
  "not-natural": colour.slate300,
};

const styles = StyleSheet.create({
  page: {
    fontFamily: PDF_FONT,
    fontSize: 10,
    color: colour.slate800,
    paddingTop: 36,
    paddingBottom: 56,
    paddingHorizontal: 42,
  },
  body: { ...type(10, 1.4) },
  eyebrow: { ...type(8.5), fontWeight: 600, color: colour.brand700, textTransform: "uppercase" },
  title: { ...type(20, 1.25), fontWeight: 600, color: colour.slate900, marginTop: 4 },
  meta: { ...type(9.5), color: colour.slate600, marginTop: 4 },
  filters: { ...type(9), color: colour.slate700, marginTop: 4 },

  stats: { flexDirection: "row", marginTop: 14 },
  stat: {
    flex: 1,
    paddingVertical: 9,
    paddingHorizontal: 12,
    borderRadius: 6,
    backgroundColor: colour.brand50,
    borderWidth: 1,
    borderColor: colour.brand200,
    borderStyle: "solid",
  },
  statGap: { width: 10 },
  statLabel: { ...type(8.5), fontWeight: 600, color: colour.slate700 },
  statValue: { ...type(18, 1.2), fontWeight: 700, color: colour.brand700, marginTop: 2 },
  statUnit: { ...type(9), fontWeight: 600, color: colour.slate600 },

  heading: {
    ...type(12.5, 1.3),
    fontWeight: 600,
    color: colour.slate900,
    marginTop: 16,
    paddingBottom: 3,
    borderBottomWidth: 1.25,
    borderBottomColor: colour.brand600,
  },
  note: { ...type(8.5), color: colour.slate600, marginTop: 4 },

  columns: { flexDirection: "row" },
  column: { flex: 1 },
  columnGap: { width: 22 },

  bar: { marginTop: 7 },
  barLabels: { flexDirection: "row", justifyContent: "space-between" },
  barLabel: { ...type(9.5, 1.3), fontWeight: 600, color: colour.slate900, flex: 1, paddingRight: 6 },
  barValue: { ...type(9, 1.3), color: colour.slate700 },
  barTrack: { height: 5, borderRadius: 2.5, backgroundColor: colour.slate200, marginTop: 2.5 },
  barFill: { height: 5, borderRadius: 2.5 },

  tableHead: {
    flexDirection: "row",
    paddingVertical: 3.5,
    marginTop: 8,
    borderTopWidth: 1.25,
    borderTopColor: colour.slate300,
    borderBottomWidth: 1,
    borderBottomColor: colour.slate300,
  },
  headCell: { ...type(8, 1.3), fontWeight: 600, color: colour.slate700 },
  row: { flexDirection: "row", paddingVertical: 2.25, borderBottomWidth: 0.5, borderBottomColor: colour.slate200 },
  cell: { ...type(8, 1.25), color: colour.slate800 },
  strong: { fontWeight: 600, color: colour.slate900 },
  muted: { color: colour.slate600 },

  // Who to talk to first.
  talkName: { width: "28%", paddingRight: 8 },
  talkScore: { width: "8%", paddingRight: 12, textAlign: "right" },
  talkConfidence: { width: "12%", paddingRight: 8 },
  talkFlags: { width: "52%" },

  // Every student.
  colName: { width: "27%", paddingRight: 8 },
  colScore: { width: "8%", paddingRight: 12, textAlign: "right" },
  colBand: { width: "20%", paddingRight: 8 },
  colBackground: { width: "24%", paddingRight: 8 },
  colGap: { width: "21%" },

  empty: { ...type(9.5), color: colour.slate700, marginTop: 8 },

  footer: {
    position: "absolute",
    left: 42,
    right: 42,
    bottom: 24,
    paddingTop: 6,
    borderTopWidth: 0.75,
    borderTopColor: colour.slate300,
    ...type(8, 1.45),
    color: colour.slate500,
  },
  // On the footer's line, below its rule: this bottom puts its baseline on the footer text's
  // (tests/unit/class-summary-pdf.test.ts). Given a lineHeight, react-pdf leaves this render-prop text blank.
  pageNumber: { position: "absolute", left: 42, right: 42, bottom: 25.2, fontSize: 8, color: colour.slate600, textAlign: "right" },
});

function Bars({ figures, tone }: { figures: ClassFigure[]; tone?: (id: string) => string }) {
  return (
    <View>
      {figures.map((item) => (
        <View key={item.id} style={styles.bar} wrap={false}>
          <View style={styles.barLabels}>
            <Text style={styles.barLabel}>{item.label}</Text>
            <Text style={styles.barValue}>{item.text}</Text>
          </View>
          <View style={styles.barTrack}>
            <View
              style={[
                styles.barFill,
                { width: `${Math.min(100, Math.max(0, item.share * 100))}%`, backgroundColor: tone?.(item.id) ?? colour.brand600 },
              ]}
            />
          </View>
        </View>
      ))}
    </View>
  );
}

function Stat({ label, value, unit }: { label: string; value: string; unit?: string }) {
  return (
    <View style={styles.stat}>
      <Text style={styles.statLabel}>{label}</Text>
      <Text style={styles.statValue}>
        {value}
        {unit ? <Text style={styles.statUnit}> {unit}</Text> : null}
      </Text>
    </View>
  );
}

function Summary({ model, t }: { model: ClassSummaryModel; t: Words }) {
  return (
    <View>
      <Text style={styles.eyebrow}>{t("class.eyebrow")}</Text>
      <Text style={styles.title}>{model.title}</Text>
      <Text style={styles.meta}>{t("class.meta", { date: model.date, results: resultsText(t, model.total) })}</Text>
      <Text style={styles.filters}>{t("class.latestOnly")}</Text>
      {model.filterParts.length ? <Text style={styles.filters}>{t("class.filtered", { parts: model.filterParts.join("; ") })}</Text> : null}

      <View style={styles.stats} wrap={false}>
        <Stat label={t("class.stats.results")} value={model.total.toLocaleString("en-IN")} />
        <View style={styles.statGap} />
        <Stat
          label={t("class.stats.average")}
          value={model.average ?? t("class.stats.none")}
          unit={model.average ? t("class.stats.outOf") : undefined}
        />
        <View style={styles.statGap} />
        <Stat label={t("class.stats.talkFirst")} value={model.talkFirst.length.toLocaleString("en-IN")} />
      </View>

      <View style={styles.columns} wrap={false}>
        <View style={styles.column}>
          <Text style={styles.heading}>{t("class.bandsHeading")}</Text>
          <Bars figures={model.bands} tone={(id) => bandTones[id] ?? colour.brand600} />
          <Text style={styles.heading}>{t("class.stagesHeading")}</Text>
          <Text style={styles.note}>{t("class.stagesNote")}</Text>
          <Bars figures={model.stages} />
        </View>
        <View style={styles.columnGap} />
        <View style={styles.column}>
          <Text style={styles.heading}>{t("class.gapsHeading")}</Text>
          <Text style={styles.note}>{t("class.gapsNote")}</Text>
          {model.gaps.length ? <Bars figures={model.gaps} /> : <Text style={styles.empty}>{t("class.gapsNone")}</Text>}
        </View>
      </View>
    </View>
  );
}

function TalkFirst({ model, t }: { model: ClassSummaryModel; t: Words }) {
  const [first, ...rest] = model.talkFirst;
  const line = (student: ClassSummaryModel["talkFirst"][number]) => (
    <View key={student.id} style={styles.row} wrap={false}>
      <Text style={[styles.cell, styles.strong, styles.talkName]}>{student.name}</Text>
      <Text style={[styles.cell, styles.talkScore]}>{student.overall}</Text>
      <Text style={[styles.cell, styles.talkConfidence, student.lowConfidence ? styles.strong : styles.muted]}>{student.confidence}</Text>
      <Text style={[styles.cell, styles.talkFlags, student.strongFlags.length ? {} : styles.muted]}>
        {student.strongFlags.length ? student.strongFlags.join(", ") : t("class.noFlags")}
      </Text>
    </View>
  );
  return (
    <>
      {/* The heading, the intro and the table's head stay with the first line. */}
      <View wrap={false}>
        <Text style={styles.heading}>{t("class.talkHeading")}</Text>
        <Text style={styles.note}>{t("class.talkIntro")}</Text>
        {first ? (
          <>
            <View style={styles.tableHead}>
              <Text style={[styles.headCell, styles.talkName]}>{t("class.columns.name")}</Text>
              <Text style={[styles.headCell, styles.talkScore]}>{t("class.columns.score")}</Text>
              <Text style={[styles.headCell, styles.talkConfidence]}>{t("class.columns.confidence")}</Text>
              <Text style={[styles.headCell, styles.talkFlags]}>{t("class.columns.strongFlags")}</Text>
            </View>
            {line(first)}
          </>
        ) : (
          <Text style={styles.empty}>{t("class.talkNone")}</Text>
        )}
      </View>
      {rest.map(line)}
    </>
  );
}

function Students({ model, t }: { model: ClassSummaryModel; t: Words }) {
  const noGap = t("class.noGap");
  const head = (
    <View style={styles.tableHead}>
      <Text style={[styles.headCell, styles.colName]}>{t("class.columns.name")}</Text>
      <Text style={[styles.headCell, styles.colScore]}>{t("class.columns.score")}</Text>
      <Text style={[styles.headCell, styles.colBand]}>{t("class.columns.band")}</Text>
      <Text style={[styles.headCell, styles.colBackground]}>{t("class.columns.background")}</Text>
      <Text style={[styles.headCell, styles.colGap]}>{t("class.columns.gap")}</Text>
    </View>
  );
  const line = (student: ClassSummaryModel["students"][number]) => (
    <View key={student.id} style={styles.row} wrap={false}>
      <Text style={[styles.cell, styles.strong, styles.colName]}>{student.name}</Text>
      <Text style={[styles.cell, styles.colScore]}>{student.overall}</Text>
      <Text style={[styles.cell, styles.colBand]}>{student.band}</Text>
      <Text style={[styles.cell, styles.colBackground]}>{student.background}</Text>
      <Text style={[styles.cell, student.topGap === noGap ? styles.muted : {}, styles.colGap]}>{student.topGap}</Text>
    </View>
  );
  const [first, ...rest] = model.students;
  // A fragment, not a View: a wrapping View that follows a long list moves to a page of its own.
  return (
    <>
      <View wrap={false}>
        <Text style={styles.heading}>{t("class.tableHeading")}</Text>
        <Text style={styles.note}>{t("class.tableIntro", { results: resultsText(t, model.total) })}</Text>
        {head}
        {first ? line(first) : null}
      </View>
      {rest.map(line)}
    </>
  );
}

/** The whole class summary: a plain function, as renderToBuffer takes a Document element. */
export function classSummaryDocument(model: ClassSummaryModel): ReactElement<DocumentProps> {
  const t = pageWords(model.locale, "pdf");
  return (
    <Document
      title={`${t("class.eyebrow")}: ${model.title}`}
      subject={t("class.subject")}
      author={t("brand")}
      creator={t("brand")}
      producer={t("brand")}
      language={model.locale}
    >
      <Page size="A4" style={[styles.page, { fontFamily: pdfFontFamily(model.locale) }]}>
        <View style={styles.body}>
          <Summary model={model} t={t} />
          <TalkFirst model={model} t={t} />
          <Students model={model} t={t} />
        </View>
        <View style={styles.footer} fixed>
          <Text>{t("class.footer", { date: model.date })}</Text>
        </View>
        <Text
          style={styles.pageNumber}
          fixed
          render={({ pageNumber, totalPages }) => t("class.pageOf", { page: String(pageNumber), total: String(totalPages) })}
        />
      </Page>
    </Document>
  );
}
