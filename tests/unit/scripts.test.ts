import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { serveCommand } from "../support/serve-command";

describe("package.json's scripts", () => {
  const scripts = (
    JSON.parse(fs.readFileSync("package.json", "utf8")) as {
      scripts: Record<string, string>;
    }
  ).scripts;

  it("npm start serves exactly what the tests and benchmarks serve", () => {
    // exec node itself, not npm: a process manager's SIGTERM must reach the server.
    expect(scripts.start).toMatch(/&& exec node /);
    expect(scripts.start?.endsWith(`exec ${serveCommand()}`)).toBe(true);
  });

  it("caps the server's heap", () => {
    expect(serveCommand()).toMatch(/--max-old-space-size=\d+/);
  });
});
