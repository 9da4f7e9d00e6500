import { describe, expect, it } from "vitest";
import { userHasPermission } from "~/utils/permissions";

describe("permissions", () => {
  it("lets only staff into the back office and moderation", () => {
    expect(userHasPermission({ role: "staff" }, "read:admin:any")).toBe(true);
    expect(userHasPermission({ role: "mayor" }, "read:admin:any")).toBe(false);
    expect(userHasPermission({ role: "foreign" }, "read:admin:any")).toBe(false);
    expect(userHasPermission({ role: "foreign" }, "moderate:offer:any")).toBe(false);
    expect(userHasPermission(null, "read:admin:any")).toBe(false);
  });
  it("lets only staff create accounts for others", () => {
    expect(userHasPermission({ role: "staff" }, "create:user:any")).toBe(true);
    expect(userHasPermission({ role: "mayor" }, "create:user:any")).toBe(false);
  });
  it("gives each side its own", () => {
    expect(userHasPermission({ role: "foreign" }, "create:offer:own")).toBe(true);
    expect(userHasPermission({ role: "mayor" }, "create:offer:own")).toBe(false);
    expect(userHasPermission({ role: "mayor" }, "update:municipality:own")).toBe(true);
    expect(userHasPermission({ role: "foreign" }, "update:municipality:own")).toBe(false);
  });
});
