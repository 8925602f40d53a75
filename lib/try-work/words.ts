/**
 * The "Try the work" exercise's words live in the `tryWork` messages
 * (lib/i18n/messages/<locale>/tryWork.json): the words around the notes, the report's lines and,
 * under `exercise`, every word of the notes a person reads (settings, lines, prompts, code
 * meanings, explanations, takeaways). The exercise data (exercise.ts) stays the English original
 * with the sources of its codes; `exerciseIn` puts a language's words into a copy, and
 * tests/unit/try-work.test.ts keeps en/tryWork.json's `exercise` equal to `exerciseWords`.
 */
import { createTranslator } from "use-intl/core";
import en from "@/lib/i18n/messages/en/tryWork.json" with { type: "json" };
import type { PageWords } from "@/lib/i18n/page-words";
import type { Exercise } from "./schema";

export type TryWorkWords = PageWords<"tryWork">;
type TryWorkKey = Parameters<TryWorkWords>[0];

/** The English words, for code that words a line without a page around it (and for tests). */
export const englishTryWork: TryWorkWords = createTranslator({ locale: "en", messages: { tryWork: en }, namespace: "tryWork" });

/** An id or code as a message key: "finger-cut" is "fingerCut", "S61.211A" is "S61211A". */
function key(id: string): string {
  return id.replace(/[-_./ ]+(.)/g, (_match, next: string) => next.toUpperCase());
}

const noteKey = (noteId: string) => `exercise.notes.${key(noteId)}`;
const lineKey = (noteId: string, label: string) => `${noteKey(noteId)}.lines.${key(label.toLowerCase())}`;
const optionKey = (noteId: string, optionId: string) => `${noteKey(noteId)}.options.${key(optionId)}`;
const codeKey = (code: string) => `exercise.codes.${key(code)}`;

type Words = { [name: string]: string | Words };

/** The exercise's words as tryWork.json holds them under `exercise`. */
export function exerciseWords(exercise: Exercise): Words {
  const tree: Words = {};
  const put = (path: string, value: string) => {
    const parts = path.split(".");
    let node = tree;
    for (const part of parts.slice(0, -1)) node = (node[part] ??= {}) as Words;
    node[parts.at(-1)!] = value;
  };
  for (const code of exercise.codes) put(`${codeKey(code.code)}`, code.meaning);
  for (const note of exercise.notes) {
    put(`${noteKey(note.id)}.setting`, note.setting);
    for (const line of note.lines) {
      put(`${lineKey(note.id, line.label)}.label`, line.label);
      put(`${lineKey(note.id, line.label)}.text`, line.text);
    }
    put(`${noteKey(note.id)}.prompt`, note.question.prompt);
    put(`${noteKey(note.id)}.takeaway`, note.question.takeaway);
    for (const option of note.question.options) {
      if (option.label) put(`${optionKey(note.id, option.id)}.label`, option.label);
      put(`${optionKey(note.id, option.id)}.explanation`, option.explanation);
    }
  }
  return tree.exercise as Words;
}

/** A copy of the exercise with `t`'s words in place; ids, codes, answers and sources are untouched, so it scores the same. */
export function exerciseIn(exercise: Exercise, t: TryWorkWords): Exercise {
  const word = (path: string, fallback: string) => (t.has(path as TryWorkKey) ? t(path as TryWorkKey) : fallback);
  return {
    ...exercise,
    codes: exercise.codes.map((code) => ({ ...code, meaning: word(codeKey(code.code), code.meaning) })),
    notes: exercise.notes.map((note) => ({
      ...note,
      setting: word(`${noteKey(note.id)}.setting`, note.setting),
      lines: note.lines.map((line) => ({ label: word(`${lineKey(note.id, line.label)}.label`, line.label), text: word(`${lineKey(note.id, line.label)}.text`, line.text) })),
      question: {
        ...note.question,
        prompt: word(`${noteKey(note.id)}.prompt`, note.question.prompt),
        takeaway: word(`${noteKey(note.id)}.takeaway`, note.question.takeaway),
        options: note.question.options.map((option) => ({
          ...option,
          ...(option.label ? { label: word(`${optionKey(note.id, option.id)}.label`, option.label) } : {}),
          explanation: word(`${optionKey(note.id, option.id)}.explanation`, option.explanation),
        })),
      },
    })),
  };
}
