// The English messages: the core part every page may show, the rest
// loaded when a page needs it (../index.ts), and the texts only the server
// translates (../texts.server.ts).
import { en as core } from "./core";
import { helpTextsEn } from "./help";
import { legalTextsEn } from "./legal";
import { moreEn as more } from "./more";

export const messages = { core, more, server: { ...legalTextsEn, ...helpTextsEn } };
