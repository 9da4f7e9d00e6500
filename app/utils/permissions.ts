// What each role may do, as permission strings `action:entity:access`
// (after epic-stack). The server checks them with requirePermission(); the UI
// only uses userHasPermission() to hide controls.
import type { Role } from "../../db/schema";

type Action = "create" | "read" | "update" | "delete" | "moderate";
type Entity =
  "offer" | "municipality" | "user" | "contact" | "funding" | "scoring" | "match" | "admin";
type Access = "own" | "any";
export type Permission = `${Action}:${Entity}:${Access}`;

/** Every account may download its own data and delete itself (GDPR art. 15, 17, 20). */
const OWN_ACCOUNT: readonly Permission[] = ["read:user:own", "delete:user:own"];

const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  mayor: [
    ...OWN_ACCOUNT,
    "read:match:own",
    "update:municipality:own",
    "create:contact:own",
    "read:contact:own",
    "update:contact:own",
  ],
  foreign: [
    ...OWN_ACCOUNT,
    "read:match:own",
    "create:offer:own",
    "update:offer:own",
    "read:offer:own",
    "create:contact:own",
    "read:contact:own",
    "update:contact:own",
  ],
  staff: [
    ...OWN_ACCOUNT,
    "read:admin:any",
    "read:match:any",
    "create:user:any",
    "read:user:any",
    "create:offer:any",
    "read:offer:any",
    "update:offer:any",
    "moderate:offer:any",
    "read:municipality:any",
    "update:municipality:any",
    "moderate:municipality:any",
    "read:contact:any",
    "moderate:contact:any",
    "update:funding:any",
    "update:scoring:any",
  ],
};

export function userHasPermission(
  user: { role: Role } | null | undefined,
  permission: Permission,
): boolean {
  return !!user && ROLE_PERMISSIONS[user.role].includes(permission);
}

export function userHasRole(user: { role: Role } | null | undefined, role: Role): boolean {
  return user?.role === role;
}
