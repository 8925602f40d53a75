import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import WhatIfPanel from "@/components/what-if/what-if-panel";
import { profileIn } from "@/lib/i18n/profiles";
import { medicalCoderProfile } from "@/lib/profiles";
import { render, screen } from "@/tests/support/render";
import { personaAnswers, personas } from "../fixtures/personas";

const ID = "report_id_0123456789abcd";
const persona = personas.find((entry) => entry.id === "bcom-dislikes-desk-and-routine")!;
const answers = { ...personaAnswers(persona), "skills.medical-terminology": 1 };
const result = () => document.querySelector("[data-what-if-result]")!;

describe("the what-if panel", () => {
  it("scores a change and words it in English", async () => {
    const user = userEvent.setup();
    render(<WhatIfPanel answers={answers} id={ID} initialCode="" profile={medicalCoderProfile} />);
    expect(result()).toHaveTextContent(/^Your score stays \d+, .+\.$/);
    await user.click(screen.getByLabelText("Finish a certificate course"));
    await user.selectOptions(screen.getByLabelText("Medical Terminology"), "3");
    expect(result()).toHaveTextContent(/^New score \d+ \(was \d+, .+\)\. Band/);
    expect(document.querySelector("[data-what-if-summary]")).toHaveTextContent("Finish a certificate course; Medical Terminology from level 1 to 3.");
    expect(document.querySelector("[data-what-if-lines]")).toHaveTextContent(/\d\.\d: Medical Terminology from level 1 to 3 \(importance high, weight 1\.0/);
    expect(screen.getByRole("link", { name: "Share this scenario" }).getAttribute("href")).toMatch(
      new RegExp(`^${window.location.origin}/report/${ID}\\?whatif=[A-Za-z0-9_-]+#what-if$`),
    );
  });

  it("scores with the Hindi profile and words the result, and the link, in Hindi", async () => {
    const user = userEvent.setup();
    render(<WhatIfPanel answers={answers} id={ID} initialCode="" profile={profileIn(medicalCoderProfile, "hi")} />, { locale: "hi" });
    expect(result()).toHaveTextContent(/^आपका स्कोर \d+ ही रहता है, .+।$/);
    await user.click(screen.getByLabelText("सर्टिफ़िकेट कोर्स पूरा करें"));
    await user.selectOptions(screen.getByLabelText("मेडिकल शब्दावली"), "3");
    expect(result()).toHaveTextContent(/^नया स्कोर \d+ \(पहले \d+/);
    expect(document.querySelector("[data-what-if-summary]")).toHaveTextContent("सर्टिफ़िकेट कोर्स पूरा करना; मेडिकल शब्दावली: लेवल 1 से 3।");
    expect(screen.getByRole("link", { name: "ये बदलाव शेयर करें" }).getAttribute("href")).toMatch(
      new RegExp(`^${window.location.origin}/hi/report/${ID}\\?whatif=[A-Za-z0-9_-]+#what-if$`),
    );
  });

  it("explains a tampered link in Hindi and shows the report unchanged", () => {
    const code = Buffer.from(JSON.stringify({ s: { "medical-terminology": 9 } })).toString("base64url");
    render(<WhatIfPanel answers={answers} id={ID} initialCode={code} profile={profileIn(medicalCoderProfile, "hi")} />, { locale: "hi" });
    expect(screen.getByText(/^‘अगर…’ का यह लिंक बदला गया है या अधूरा है:/)).toBeInTheDocument();
    expect(screen.getByText("आपकी रिपोर्ट बिना बदलाव के दिखाई जा रही है। आप नीचे बदलाव आज़मा सकते हैं।")).toBeInTheDocument();
  });
});
