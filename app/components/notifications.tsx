import { Form, Link } from "@remix-run/react";
import { formatDate } from "~/i18n";
import { useLocale, useT } from "~/utils/i18n";

export interface NotificationView {
  id: number;
  kind: string;
  params: Record<string, string | number>;
  link: string | null;
  read: boolean;
  createdAt: string;
}

/** In-app notices (expiry reminders, moderation decisions) with a way to mark them read. */
export function Notifications({ items }: { items: NotificationView[] }) {
  const t = useT();
  const locale = useLocale();
  const unread = items.filter((n) => !n.read).length;
  return (
    <section className="card" aria-labelledby="notifications-title">
      <h2 id="notifications-title">
        {t("notifications.title")}{" "}
        {unread > 0 ? (
          <span className="badge">{t("notifications.unread", { count: unread })}</span>
        ) : null}
      </h2>
      {items.length === 0 ? (
        <p>{t("notifications.empty")}</p>
      ) : (
        <ul className="notifications">
          {items.map((n) => (
            <li key={n.id} className={n.read ? undefined : "unread"}>
              {n.link ? (
                <Link to={n.link}>{t(`notifications.${n.kind}` as never, n.params)}</Link>
              ) : (
                t(`notifications.${n.kind}` as never, n.params)
              )}{" "}
              <span className="offer-meta">{formatDate(n.createdAt, locale)}</span>
            </li>
          ))}
        </ul>
      )}
      {unread > 0 ? (
        <Form method="post">
          <button type="submit" name="intent" value="read-notifications" className="secondary">
            {t("notifications.markRead")}
          </button>
        </Form>
      ) : null}
    </section>
  );
}
