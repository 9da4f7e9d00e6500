import { describe, expect, it } from "vitest";
import { safeRedirect } from "~/utils/http";

describe("safeRedirect", () => {
  it("keeps same-site paths", () => {
    expect(safeRedirect("/offers?page=2")).toBe("/offers?page=2");
    expect(safeRedirect("/offers/7#contact")).toBe("/offers/7#contact");
  });

  it("encodes what a Location header cannot carry", () => {
    expect(safeRedirect("/municipalities?q=Plzeň")).toBe("/municipalities?q=Plze%C5%88");
    expect(safeRedirect("/a b")).toBe("/a%20b");
  });

  it("keeps an encoded control character encoded: it stays a path on this site", () => {
    expect(safeRedirect("/%09/evil.example")).toBe("/%09/evil.example");
  });

  it.each([
    ["another site", "//evil.example"],
    ["an absolute URL", "https://evil.example"],
    ["a backslash", "/\\evil.example"],
    ["a backslash later", "/\\/evil.example"],
    ["a tab (browsers drop it: //evil.example)", "/\t/evil.example"],
    ["a line feed", "/\n/evil.example"],
    ["a carriage return (header injection)", "/offers\r\nSet-Cookie: x=1"],
    ["a NUL", "/\u0000/evil.example"],
    ["a DEL", "/\u007f/evil.example"],
    ["a tab before the slashes", "\t//evil.example"],
    ["a leading space", " //evil.example"],
    ["a scheme", "javascript:alert(1)"],
    ["nothing", ""],
    ["no value", null],
  ])("refuses %s", (_, target) => {
    expect(safeRedirect(target, "/me")).toBe("/me");
  });
});
