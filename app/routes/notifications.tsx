import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { NotificationItem } from "~/components/notifications";
import { Pagination } from "~/components/pagination";
import { NotificationActionSchema } from "~/domain/forms/account.server";
import { translator } from "~/i18n";
import {
  countNotifications,
  countUnread,
  listNotifications,
  markAllRead,
  markRead,
  notificationText,
} from "~/models/notification.server";
import { getDb } from "~/utils/db.server";
import { invariantResponse, safeRedirect } from "~/utils/http";
import { useT } from "~/utils/i18n";
import { getLocale } from "~/utils/locale.server";
import { metaLocale, pageMeta } from "~/utils/meta";
import { PageSchema } from "~/domain/forms/common.server";
import { requireUser } from "~/utils/session.server";
import { redirectWithToast } from "~/utils/toast.server";

const PAGE_SIZE = 30;

export const meta: MetaFunction = ({ matches }) =>
  pageMeta(translator(metaLocale(matches))("inbox.title"));

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const locale = await getLocale(request);
  const url = new URL(request.url);
  const unreadOnly = url.searchParams.get("unread") === "1";
  const page = PageSchema.parse(url.searchParams.get("page") ?? 1);
  const db = getDb();
  const [items, total, unread] = await Promise.all([
    listNotifications(db, user.id, {
      limit: PAGE_SIZE,
      offset: (page - 1) * PAGE_SIZE,
      unreadOnly,
    }),
    unreadOnly ? countUnread(db, user.id) : countNotifications(db, user.id),
    countUnread(db, user.id),
  ]);
  return {
    unreadOnly,
    unread,
    page,
    pages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    items: items.map((n) => ({ ...n, text: notificationText(locale, n.kind, n.params) })),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const t = translator(await getLocale(request));
  const form = await request.formData();
  const parsed = NotificationActionSchema.safeParse({
    intent: form.get("intent"),
    id: form.get("id") ?? undefined,
  });
  invariantResponse(parsed.success, "Unknown action", { status: 400 });
  const db = getDb();
  if (parsed.data.intent === "read-all") {
    await markAllRead(db, user.id);
    return redirectWithToast("/notifications", {
      type: "info",
      message: t("notifications.allRead"),
    });
  }
  // Someone else's notice is simply not found.
  const link = await markRead(db, user.id, parsed.data.id);
  invariantResponse(link, "Not found", { status: 404 });
  return new Response(null, {
    status: 303,
    headers: { Location: safeRedirect(link, "/notifications") },
  });
}

export default function NotificationsPage() {
  const { items, unread, unreadOnly, page, pages } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <>
      <h1>
        {t("inbox.title")}{" "}
        {unread > 0 ? (
          <span className="badge">{t("notifications.unread", { count: unread })}</span>
        ) : null}
      </h1>
      <p className="inline-form">
        {unreadOnly ? (
          <Link to="/notifications">{t("inbox.all")}</Link>
        ) : (
          <Link to="/notifications?unread=1">{t("inbox.unreadOnly")}</Link>
        )}
      </p>
      {unread > 0 ? (
        <Form method="post">
          <button type="submit" name="intent" value="read-all" className="secondary">
            {t("notifications.markRead")}
          </button>
        </Form>
      ) : null}
      {items.length === 0 ? (
        <p className="card empty">{t("notifications.empty")}</p>
      ) : (
        <ul className="notifications inbox">
          {items.map((n) => (
            <NotificationItem key={n.id} n={n} />
          ))}
        </ul>
      )}
      <Pagination page={page} pages={pages} />
    </>
  );
}
