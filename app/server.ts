// `npm start` runs this: the production server. It serves the Remix build through
// app/utils/http-server.server.ts (express, compression, the request log, the client's
// real address, body limit, security headers) and starts nothing else: the scheduler
// starts with the build (app/entry.server.tsx).
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createRequestHandler, type ServerBuild } from "@remix-run/node";
import { getEnv } from "./utils/env.server";
import { createServer, type LoadContext } from "./utils/http-server.server";

// Production unless told otherwise, as remix-serve had it: Remix's development mode shows
// error details to visitors, and express's error page its stack traces.
process.env.NODE_ENV ??= "production";
const env = getEnv();
const buildFile = path.resolve(process.argv[2] ?? "build/index.js");
const build = (await import(pathToFileURL(buildFile).href)) as ServerBuild;
const handle = createRequestHandler(build, env.NODE_ENV);

const app = createServer({
  handler: (request, context: LoadContext) => handle(request, context),
  trustProxy: env.TRUST_PROXY,
  assets: { publicPath: build.publicPath, directory: build.assetsBuildDirectory },
  publicDirectory: "public",
  log: true,
});

const server = app.listen(env.PORT, env.HOST, () => {
  process.stdout.write(
    `Spolu: http://${env.HOST === "0.0.0.0" ? "localhost" : env.HOST}:${env.PORT}\n`,
  );
});

for (const signal of ["SIGTERM", "SIGINT"] as const)
  process.once(signal, () => server.close((error) => error && console.error(error)));
