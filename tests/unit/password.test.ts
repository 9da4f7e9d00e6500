import { describe, expect, it } from "vitest";
import { passwordProblem } from "~/domain/password";

describe("passwordProblem", () => {
  it("accepts a long passphrase", () => {
    expect(passwordProblem("modrá konvice na stole", "jana@obec.cz")).toBeNull();
  });
  it("rejects short, common, one-letter and e-mail passwords", () => {
    expect(passwordProblem("krátké", "a@b.cz")).toBe("too_short");
    expect(passwordProblem("1234567890", "a@b.cz")).toBe("too_common");
    expect(passwordProblem("aaaaaaaaaaaa", "a@b.cz")).toBe("too_common");
    expect(passwordProblem("starosta.novak2026", "starosta.novak@obec.cz")).toBe("contains_email");
    expect(passwordProblem("x".repeat(201))).toBe("too_long");
  });
});
