// npm run user:create -- --role staff --email jana@smocr.cz --name "Jana Nováková" [--password …]
// The only way to create the first staff account; later ones can be made in /admin/users.
import crypto from "node:crypto";
import { parseArgs } from "node:util";
import { z } from "zod";
import { isMain, log, runWithDatabase } from "./cli";
import { createUser, getUserByEmail } from "../app/models/user.server";
import { passwordProblem } from "../app/domain/password";

const ArgsSchema = z.object({
  role: z.enum(["mayor", "foreign", "staff"], {
    message: "--role must be mayor, foreign or staff",
  }),
  email: z.email({ message: "--email must be an e-mail address" }).max(254),
  name: z.string().trim().min(1).max(120).optional(),
  organisation: z.string().trim().max(160).optional(),
  password: z.string().optional(),
});

if (isMain(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      role: { type: "string" },
      email: { type: "string" },
      name: { type: "string" },
      organisation: { type: "string" },
      password: { type: "string" },
    },
  });
  const parsed = ArgsSchema.safeParse(values);
  if (!parsed.success) {
    process.stderr.write(`Error: ${parsed.error.issues.map((i) => i.message).join("; ")}\n`);
    process.stderr.write(
      'Usage: npm run user:create -- --role staff --email you@example.org --name "Your Name"\n',
    );
    process.exit(2);
  }
  const args = parsed.data;
  const generated = !args.password;
  const password = args.password ?? crypto.randomBytes(12).toString("base64url");
  const problem = passwordProblem(password, args.email);
  if (problem) {
    process.stderr.write(`Error: the password is not acceptable (${problem.replace("_", " ")}).\n`);
    process.exit(2);
  }
  await runWithDatabase(async (db) => {
    if (await getUserByEmail(db, args.email))
      throw new Error(`An account with the e-mail ${args.email} already exists.`);
    const user = await createUser(db, {
      email: args.email,
      password,
      role: args.role,
      name: args.name ?? args.email,
      organisation: args.organisation ?? (args.role === "staff" ? "Svaz měst a obcí ČR" : ""),
      locale: "cs",
    });
    log(`Created ${user.role} account ${user.email} (id ${user.id}).`);
    if (generated) log(`Password (shown once, change it after signing in): ${password}`);
  });
}
