import { notFound } from "next/navigation";

/** Any address under a language that no page answers: the not-found page in that language. */
export default function UnknownPage() {
  notFound();
}
