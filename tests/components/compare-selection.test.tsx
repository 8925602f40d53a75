import { render, screen } from "@/tests/support/render";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { CompareBar, CompareCheckbox, useCompareSelection, type CompareCandidate } from "@/components/counsellor/compare-selection";

const id = (letter: string) => letter.repeat(24);
const students: CompareCandidate[] = ["Priya", "Karthik", "Meena", "Arjun", "Sana"].map((displayName, index) => ({
  id: id("ABCDE"[index]!),
  displayName,
}));

function Harness() {
  const selection = useCompareSelection();
  return (
    <>
      {students.map((student) => (
        <CompareCheckbox key={student.id} candidate={student} selection={selection} />
      ))}
      <CompareBar selection={selection} />
    </>
  );
}

describe("choosing students to compare", () => {
  it("offers Compare (n) for 2 to 4 students, in the order ticked, and explains the limit past 4", async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const bar = screen.getByRole("region", { name: "Compare students" });
    const box = (name: string) => screen.getByRole("checkbox", { name: `Select ${name} to compare` });
    expect(bar).toHaveTextContent("Tick 2 to 4 students to compare them side by side.");
    expect(screen.queryByRole("link")).toBeNull();

    await user.click(box("Meena"));
    expect(bar).toHaveTextContent("Tick at least one more student to compare.");
    expect(screen.getByRole("button", { name: "Compare (1)" })).toBeDisabled();

    await user.click(box("Priya"));
    expect(screen.getByRole("link", { name: "Compare (2)" })).toHaveAttribute("href", `/counsellor/compare?ids=${id("C")},${id("A")}`);

    for (const name of ["Karthik", "Arjun", "Sana"]) await user.click(box(name));
    expect(bar).toHaveTextContent("5 students selected: you can compare at most 4 at a time. Untick 1 to compare.");
    expect(screen.getByRole("button", { name: "Compare (5)" })).toBeDisabled();
    expect(screen.queryByRole("link")).toBeNull();

    await user.click(box("Karthik"));
    expect(screen.getByRole("link", { name: "Compare (4)" })).toHaveAttribute(
      "href",
      `/counsellor/compare?ids=${[id("C"), id("A"), id("D"), id("E")].join(",")}`,
    );

    await user.click(screen.getByRole("button", { name: "Clear selection" }));
    expect(screen.getAllByRole("checkbox").filter((one) => (one as HTMLInputElement).checked)).toHaveLength(0);
    expect(bar).toHaveTextContent("Tick 2 to 4 students to compare them side by side.");
  });

  it("says the same in Hindi on a Hindi page", async () => {
    const user = userEvent.setup();
    render(<Harness />, { locale: "hi" });
    const bar = screen.getByRole("region", { name: "छात्रों की तुलना करें" });
    expect(bar).toHaveTextContent("आमने-सामने तुलना के लिए 2 से 4 छात्रों पर टिक करें।");
    await user.click(screen.getByRole("checkbox", { name: "तुलना के लिए Meena को चुनें" }));
    expect(screen.getByRole("button", { name: "तुलना करें (1)" })).toBeDisabled();
  });
});
