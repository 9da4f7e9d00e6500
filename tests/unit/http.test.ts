import { describe, expect, it } from "vitest";
import { safeRedirect } from "~/utils/http";

describe("safeRedirect", () => {
  it("keeps same-site paths", () => {
    expect(safeRedirect("/offers?page=2")).toBe("/offers?page=2");
  });
  it.each([
    "//evil.example",
    "https://evil.example",
    "/\\evil.example",
    "javascript:alert(1)",
    "",
    null,
  ])("refuses %s", (target) => {
    expect(safeRedirect(target, "/me")).toBe("/me");
  });
});
