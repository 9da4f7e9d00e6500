// The English messages: the core part every page may show, the rest
// loaded when a page needs it (../index.ts).
import { en as core } from "./core";
import { moreEn as more } from "./more";

export const messages = { core, more };
