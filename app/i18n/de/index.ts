// The German messages: the core part every page may show, the rest
// loaded when a page needs it (../index.ts), and the texts only the server
// translates (../texts.server.ts).
import { de as core } from "./core";
import { helpTextsDe } from "./help";
import { legalTextsDe } from "./legal";
import { moreDe as more } from "./more";

export const messages = { core, more, server: { ...legalTextsDe, ...helpTextsDe } };
