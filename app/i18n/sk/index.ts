// The Slovak messages: the core part every page may show, the rest
// loaded when a page needs it (../index.ts), and the texts only the server
// translates (../texts.server.ts).
import { sk as core } from "./core";
import { helpTextsSk } from "./help";
import { legalTextsSk } from "./legal";
import { moreSk as more } from "./more";

export const messages = { core, more, server: { ...legalTextsSk, ...helpTextsSk } };
