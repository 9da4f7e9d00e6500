// Which terms of use (/terms) and privacy notice (/privacy) a person agrees to at sign-up.
// Change the version when either changes in substance: each account records the version
// it agreed to, with the time (users.terms_version, users.terms_accepted_at).
export const TERMS_VERSION = "2026-12-07";
