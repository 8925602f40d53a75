/**
 * Validation and API messages in the page's language. The schemas (lib/validations) and the API
 * answer in English, and their messages are the English values of an `issues` object in a message
 * file (e.g. lib/i18n/messages/en/cohorts.json). A form reads a message back to its key, values
 * included ("Line 3: Enter the student's name." is `lineProblem` with line 3 and the problem read
 * in turn), and shows that key in the page's language. A message that is no key's stays as it came.
 *
 *   const readIssue = issueReader(enCohorts.issues);
 *   const t = useTranslations("cohorts.issues");
 *   readIssue("Give the cohort a name.", t); // "कोहोर्ट का नाम लिखें।" on a Hindi page
 *
 * Only simple placeholders ({name}) are read back: an English issue message has no plural or select.
 */

/** What a translator of the namespace's `issues` object is called with. */
export type IssueTranslator<K extends string> = (key: K, values?: Record<string, string>) => string;

interface IssuePattern<K extends string> {
  key: K;
  regex: RegExp;
  names: string[];
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function patternOf<K extends string>(key: K, template: string): IssuePattern<K> {
  const names: string[] = [];
  const source = template
    .split(/(\{\w+\})/)
    .map((part) => {
      const placeholder = /^\{(\w+)\}$/.exec(part);
      if (!placeholder) return escapeRegex(part);
      names.push(placeholder[1]!);
      return "(.+?)";
    })
    .join("");
  return { key, regex: new RegExp(`^${source}$`, "u"), names };
}

/** Reads messages back to the keys of `english` (the namespace's English `issues`), then into the translator's language. */
export function issueReader<K extends string>(english: Record<K, string>) {
  const patterns = (Object.entries(english) as [K, string][]).map(([key, template]) => patternOf(key, template));
  return function readIssue(message: string, t: IssueTranslator<K>): string {
    for (const { key, regex, names } of patterns) {
      const match = regex.exec(message);
      if (!match) continue;
      // A value may itself be a message (the problem on a line): read it too.
      return t(key, Object.fromEntries(names.map((name, index) => [name, readIssue(match[index + 1]!, t)])));
    }
    return message;
  };
}
