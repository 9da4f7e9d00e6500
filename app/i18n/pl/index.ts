// The Polish messages: the core part every page may show, the rest
// loaded when a page needs it (../index.ts).
import { pl as core } from "./core";
import { morePl as more } from "./more";

export const messages = { core, more };
