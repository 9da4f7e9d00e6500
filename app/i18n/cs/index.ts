// The Czech messages, the source every other language translates: the core part
// every page may show, the rest loaded when a page needs it (../index.ts), and the
// texts only the server translates (../texts.server.ts).
import { cs as core } from "./core";
import { helpTextsCs } from "./help";
import { legalTextsCs } from "./legal";
import { moreCs as more } from "./more";

export const messages = { core, more, server: { ...legalTextsCs, ...helpTextsCs } };
