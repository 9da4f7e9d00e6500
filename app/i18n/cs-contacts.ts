// The contact workflow, partnerships, notifications and the staff outbox.
export const contactsCs = {} as const;
