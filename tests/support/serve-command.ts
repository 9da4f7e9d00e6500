// The command `npm start` serves the build with: package.json's "serve" script, which
// the benchmarks and the end-to-end suite run too, so they measure and test what runs.
import fs from "node:fs";

export function serveCommand(): string {
  const pkg = JSON.parse(fs.readFileSync("package.json", "utf8")) as {
    scripts: Record<string, string>;
  };
  const serve = pkg.scripts.serve;
  if (!serve) throw new Error('package.json has no "serve" script');
  return serve;
}
