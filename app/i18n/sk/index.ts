// The Slovak messages: the core part every page may show, the rest
// loaded when a page needs it (../index.ts).
import { sk as core } from "./core";
import { moreSk as more } from "./more";

export const messages = { core, more };
