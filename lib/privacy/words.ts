/**
 * Every sentence of the privacy feature in one place: the privacy page (/privacy), the links to it
 * beside the share consent boxes and in the footer, and "Download my data". Written for a
 * 12th-standard student and their parent: short sentences, no legal terms.
 */

export const PRIVACY_PATH = "/privacy";

/** Who runs the site and how to reach them, as the environment sets them (lib/env.ts). */
export type PrivacyOperator = {
  /** PRIVACY_OPERATOR_NAME, or undefined when not set. */
  name: string | undefined;
  /** PRIVACY_CONTACT_EMAIL, or undefined when not set. */
  contactEmail: string | undefined;
  /** RETENTION_DAYS. */
  retentionDays: number;
};

/** "365 days (about a year)": the number as set, with a plain reading of it when it is a whole number of years or months. */
export function retentionPeriod(days: number): string {
  if (days % 365 === 0) {
    const years = days / 365;
    return `${days} days (${years === 1 ? "about a year" : `about ${years} years`})`;
  }
  if (days % 30 === 0 && days < 365) {
    const months = days / 30;
    return `${days} days (about ${months === 1 ? "a month" : `${months} months`})`;
  }
  return `${days} days`;
}

export const privacyWords = {
  meta: {
    title: "Privacy: what we keep and who sees it",
    description:
      "What Coder Fit stores when you take the quiz, how long it is kept, who can see it, and how to download, delete or stop sharing your result.",
  },
  eyebrow: "Privacy",
  title: "What we keep, and who sees it",
  lead: "Coder Fit needs no account. Here is everything it keeps about you, in plain words, and what you can do about it.",
  updated: "This page describes how this site works today.",
  contents: "On this page",
  sections: {
    stored: {
      nav: "What we keep",
      title: "What we keep",
      items: [
        "Your answers to the quiz, and the result worked out from them.",
        "If you try the short coding exercise from your report: the options you chose and how it felt.",
        "A scrambled copy of your result's private owner key, so only your device can delete or share the result. The key itself stays on your phone.",
        "When your report was last opened, to the day.",
        "Only if you share with a counsellor: the name you type and, if you choose to give it, your email address.",
        "If your counsellor keeps a class list here: the names (and roll numbers) they typed in, and, if you pick your name from it, that you started and which result is yours. Your counsellor manages that list; ask them to remove your name, or pick “My name is not on the list”.",
      ],
      notKept:
        "We do not ask for your phone number, address, college or exam marks, and we do not use advertising or tracking cookies.",
      device:
        "Your phone or computer keeps a list of your results and their owner keys in this browser. Clearing the browser's data removes that list, not the results.",
      server:
        "To stop misuse, the server counts requests from each internet address for a few minutes. It keeps only a scrambled form of the address, and it never writes your answers, name or email into its logs.",
    },
    duration: {
      nav: "How long",
      title: "How long we keep it",
      body: (period: string) =>
        `A result that is not shared with a counsellor is deleted when nobody has opened its report for ${period}.`,
      opened:
        "“Opened” means someone loaded the report page, or its details page, with its link. We note only the day, not who opened it.",
      shared:
        "A result you have shared stays while the share is in place. Once you withdraw every share, the same rule applies from then on.",
      sooner: "You can delete your result yourself at any time; it is then gone at once.",
    },
    who: {
      nav: "Who sees it",
      title: "Who can see it",
      items: [
        "Your report has a long secret link. Anyone you give the link to can read the report, so share it with care. It is not listed or searchable anywhere.",
        "A counsellor sees your result only if you share it with them, by ticking the consent box. They see what the box lists: the name you gave, your email if you gave one, and your result. They never see your report link or owner key.",
        "A counsellor may write notes on a result you shared. Notes are deleted when you withdraw the share.",
        "People with your class's invite link or code can see the names on its class list (never roll numbers), so they can pick their own.",
        "We do not sell your data or pass it to anyone else.",
      ],
    },
    control: {
      nav: "Your choices",
      title: "Download, delete or stop sharing",
      download:
        "Download my data: on your report, on the phone or computer where you took the quiz, press “Download my data”. You get a file with your answers, your result and who you shared it with.",
      delete:
        "Delete: on the same report, press “Delete this result”. Your answers, the report and every share go at once, and the link stops working for everyone.",
      withdraw:
        "Stop sharing: under “Shared with” on your report, press “Withdraw” beside the counsellor. They lose the result, and their notes on it, straight away.",
      otherDevice:
        "On another phone, open the private owner link you saved from your report to do the same there.",
    },
    contact: {
      nav: "Questions or complaints",
      title: "Questions or complaints",
      runBy: (operator: string) => `This Coder Fit site is run by ${operator}.`,
      /** When PRIVACY_OPERATOR_NAME is not set. */
      runByUnnamed: "Whoever runs this Coder Fit site has not added their name here yet.",
      withEmail: "To ask about your data, or to complain about how it is handled, write to",
      withEmailAfter:
        "Say which result you mean by giving its report link, but never send your private owner link.",
      noEmail:
        "A contact address for questions and complaints has not been set up on this site yet. Please ask the person or institution who gave you the link to Coder Fit.",
      parents:
        "Parents and guardians are welcome to read this page with their child and to write to the same address.",
    },
  },
  links: {
    footer: "Privacy",
    /** Beside the share consent box. */
    consent: "How we handle what you share (privacy)",
  },
  download: {
    button: "Download my data",
    busy: "Preparing your file…",
    done: "Your file has been downloaded.",
    failed: "We could not prepare your file just now. Check your connection and try again.",
    hint: "A file with your answers, your result and who you shared it with.",
    fileAbout:
      "Everything Coder Fit keeps about this result: your answers, the result worked out from them, and the counsellors you shared it with. A share you withdraw is deleted at once, so it is not listed. Keep this file private.",
  },
} as const;
