// The Ukrainian messages: the core part every page may show, the rest
// loaded when a page needs it (../index.ts).
import { uk as core } from "./core";
import { moreUk as more } from "./more";

export const messages = { core, more };
