// The Czech messages, the source every other language translates: the core part
// every page may show, the rest loaded when a page needs it (../index.ts).
import { cs as core } from "./core";
import { moreCs as more } from "./more";

export const messages = { core, more };
