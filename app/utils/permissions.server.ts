import type { PublicUser } from "~/models/user.server";
import { userHasPermission, type Permission } from "./permissions";
import { requireUser } from "./session.server";

/**
 * The signed-in user when they hold the permission (or any of several, e.g.
 * `read:contact:own` or `read:contact:any`); 403 otherwise, sign-in first when anonymous.
 */
export async function requirePermission(
  request: Request,
  permission: Permission | readonly Permission[],
): Promise<PublicUser> {
  const user = await requireUser(request);
  const wanted: readonly Permission[] = typeof permission === "string" ? [permission] : permission;
  if (!wanted.some((p) => userHasPermission(user, p))) {
    throw new Response(`Forbidden: ${wanted.join(" or ")}`, {
      status: 403,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  return user;
}
