/**
 * The counsellor PDFs' words live in lib/i18n/messages/<locale>/pdf.json (`notes` and `class`):
 * components read them with useTranslations("pdf"), the server with pageWords(locale, "pdf").
 * What is left here is the English of the few words that modules outside lib/pdf still import
 * from this file (the notes query's message in lib/validations/pdf.ts, the class summary's
 * integration and browser tests), read from the same English file so the two cannot differ.
 * Delete it once nothing imports it.
 */
import en from "@/lib/i18n/messages/en/pdf.json" with { type: "json" };

export const counsellorPdfWords = {
  notes: {
    heading: en.notes.heading,
    none: en.notes.none,
    /** The query string's one message: a bad value is refused, not guessed at. */
    badQuery: en.notes.badQuery,
    download: en.notes.download,
  },
  class: {
    allResults: en.class.allResults,
    download: en.class.download,
  },
};
