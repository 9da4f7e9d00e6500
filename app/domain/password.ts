// The password rule, one place for sign-up, staff-created accounts and the CLI.
// Length beats composition rules (NIST SP 800-63B): at least 10 characters, not
// a well-known password, not the e-mail address.
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;

const COMMON = new Set([
  "1234567890",
  "0123456789",
  "1111111111",
  "qwertyuiop",
  "password12",
  "password123",
  "heslo12345",
  "heslo123456",
  "abcdefghij",
  "iloveyou12",
  "qwerty1234",
  "1q2w3e4r5t",
  "aaaaaaaaaa",
  "starosta123",
  "spolu12345",
]);

export type PasswordProblem = "too_short" | "too_long" | "too_common" | "contains_email";

export function passwordProblem(password: string, email = ""): PasswordProblem | null {
  if (password.length < PASSWORD_MIN) return "too_short";
  if (password.length > PASSWORD_MAX) return "too_long";
  const lower = password.toLowerCase();
  if (COMMON.has(lower) || new Set(lower).size <= 2) return "too_common";
  const local = email.split("@")[0]?.toLowerCase() ?? "";
  if (local.length >= 4 && lower.includes(local)) return "contains_email";
  return null;
}
