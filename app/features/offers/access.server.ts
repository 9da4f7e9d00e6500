// Who may manage an offer: its author (a foreign town's account) and staff.
import { getOfferMeta, type Viewer } from "~/models/offer.server";
import type { PublicUser } from "~/models/user.server";
import { getDb } from "../../utils/db.server";
import { invariantResponse } from "../../utils/http";
import { userHasPermission } from "../../utils/permissions";
import { requireUser } from "../../utils/session.server";

/** The signed-in author or staff member with the offer's facts; 404 unknown, 403 anyone else. */
export async function requireOfferManager(request: Request, id: number) {
  const user = await requireUser(request);
  const meta = await getOfferMeta(getDb(), id);
  invariantResponse(meta, "Not found", { status: 404 });
  const isAuthor =
    meta.authorId !== null &&
    meta.authorId === user.id &&
    userHasPermission(user, "update:offer:own");
  const isStaff = userHasPermission(user, "update:offer:any");
  invariantResponse(isAuthor || isStaff, "Forbidden", { status: 403 });
  return { user, viewer: toViewer(user), meta, isAuthor, isStaff };
}

export function toViewer(user: PublicUser): Viewer {
  return { id: user.id, role: user.role };
}
