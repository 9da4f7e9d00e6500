// The contact forms: expressing interest (/contacts/new), the actions and messages
// of a contact's page, and staff's limit on open requests (/admin/contacts).
import { z } from "zod";
import { CONTACT_RULES, REFERENCE_MAX, type ContactAction } from "../contact-lifecycle";

/** A row id from a form or a URL. */
export const ContactIdSchema = z.coerce.number().int().min(1).max(2_147_483_647);

export const NewContactSchema = z.object({
  municipality: ContactIdSchema,
  offer: ContactIdSchema,
  message: z.string().max(20_000),
  topics: z.array(z.string().max(40)).max(20),
});

const ACTIONS = Object.keys(CONTACT_RULES).filter((a) => a !== "expire") as [
  ContactAction,
  ...ContactAction[],
];

export const ContactActionSchema = z.object({
  intent: z.enum([...ACTIONS, "message"]),
  text: z.string().max(2000).optional(),
  body: z.string().max(2000).optional(),
  happenedOn: z.string().max(10).optional(),
  reference: z.string().max(REFERENCE_MAX).optional(),
  side: z.enum(["municipality", "offer"]).optional(),
});

/** How many open requests one town may have at a time (/admin/contacts). */
export const OpenRequestLimitSchema = z.coerce.number().int().min(1).max(1000);
