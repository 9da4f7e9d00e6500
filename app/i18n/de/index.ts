// The German messages: the core part every page may show, the rest
// loaded when a page needs it (../index.ts).
import { de as core } from "./core";
import { moreDe as more } from "./more";

export const messages = { core, more };
