import { Form, Link } from "@remix-run/react";
import { formatDate } from "~/i18n";
import { useLocale, useT } from "~/utils/i18n";

export interface NotificationView {
  id: number;
  /** The sentence in the reader's language (notificationText on the server). */
  text: string;
  link: string | null;
  read: boolean;
  createdAt: string;
}

/** One notice: opening it (a POST to the inbox) marks it read and goes to its page. */
export function NotificationItem({ n }: { n: NotificationView }) {
  const locale = useLocale();
  return (
    <li className={n.read ? undefined : "unread"}>
      {n.link ? (
        <Form method="post" action="/notifications" className="inline-action">
          <input type="hidden" name="id" value={n.id} />
          <button type="submit" name="intent" value="open" className="link-button">
            {n.text}
          </button>
        </Form>
      ) : (
        <span>{n.text}</span>
      )}{" "}
      <span className="offer-meta">
        <time dateTime={n.createdAt}>{formatDate(n.createdAt, locale)}</time>
      </span>
    </li>
  );
}

/** The newest notices on the account page, with the way to the whole inbox. */
export function LatestNotifications({
  items,
  unread,
}: {
  items: NotificationView[];
  unread: number;
}) {
  const t = useT();
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
        <ul className="notifications inbox">
          {items.map((n) => (
            <NotificationItem key={n.id} n={n} />
          ))}
        </ul>
      )}
      <p>
        <Link to="/notifications">{t("notifications.all")}</Link>
      </p>
    </section>
  );
}
