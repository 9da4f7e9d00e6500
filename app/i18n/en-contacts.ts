import type { contactsCs } from "./cs-contacts";

export const contactsEn: Record<keyof typeof contactsCs, string> = {};
