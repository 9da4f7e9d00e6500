import type { PublicUser } from "~/models/user.server";
import { userHasPermission, type Permission } from "./permissions";
import { requireUser } from "./session.server";

/** The signed-in user when they hold the permission; 403 otherwise, sign-in first when anonymous. */
export async function requirePermission(
  request: Request,
  permission: Permission,
): Promise<PublicUser> {
  const user = await requireUser(request);
  if (!userHasPermission(user, permission)) {
    throw new Response(`Forbidden: ${permission}`, {
      status: 403,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  return user;
}
