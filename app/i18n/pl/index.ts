// The Polish messages: the core part every page may show, the rest
// loaded when a page needs it (../index.ts), and the texts only the server
// translates (../texts.server.ts).
import { pl as core } from "./core";
import { helpTextsPl } from "./help";
import { legalTextsPl } from "./legal";
import { morePl as more } from "./more";

export const messages = { core, more, server: { ...legalTextsPl, ...helpTextsPl } };
