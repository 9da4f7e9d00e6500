import { describe, expect, it } from "vitest";
import { describeTarget, parseDatabaseUrl, toCount } from "../../db/dialect";

describe("parseDatabaseUrl", () => {
  it("defaults to the embedded SQLite file", () => {
    expect(parseDatabaseUrl(undefined)).toEqual({ kind: "sqlite", file: "data/spolu.db" });
    expect(parseDatabaseUrl("  ")).toEqual({ kind: "sqlite", file: "data/spolu.db" });
  });
  it("takes a file path with or without a file: prefix", () => {
    expect(parseDatabaseUrl("/tmp/x.db")).toEqual({ kind: "sqlite", file: "/tmp/x.db" });
    expect(parseDatabaseUrl("file:./data/other.db")).toEqual({
      kind: "sqlite",
      file: "./data/other.db",
    });
  });
  it("recognises PostgreSQL URLs", () => {
    const target = parseDatabaseUrl("postgresql://u:secret@db.example:6543/spolu");
    expect(target.kind).toBe("postgres");
    // The password never reaches logs.
    expect(describeTarget(target)).toBe("PostgreSQL db.example:6543/spolu");
  });
  it("refuses a file: URL without a file", () => {
    expect(() => parseDatabaseUrl("file:")).toThrow(/names no file/);
  });
});

describe("toCount", () => {
  it("reads counts from both dialects", () => {
    expect(toCount("42")).toBe(42);
    expect(toCount(42)).toBe(42);
    expect(toCount(42n)).toBe(42);
    expect(toCount(null)).toBe(0);
  });
});
