// The Ukrainian messages: the core part every page may show, the rest
// loaded when a page needs it (../index.ts), and the texts only the server
// translates (../texts.server.ts).
import { uk as core } from "./core";
import { helpTextsUk } from "./help";
import { legalTextsUk } from "./legal";
import { moreUk as more } from "./more";

export const messages = { core, more, server: { ...legalTextsUk, ...helpTextsUk } };
