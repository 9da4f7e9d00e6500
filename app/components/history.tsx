import { formatDate, translateStored } from "~/i18n";
import type { HistoryEntry } from "~/models/audit.server";
import { useLocale, useT } from "~/utils/i18n";

/** Every decision on an item: who, when, what, why. Seen by its author and staff. */
export function History({ entries }: { entries: HistoryEntry[] }) {
  const t = useT();
  const locale = useLocale();
  return (
    <section className="card" aria-labelledby="history-title">
      <h2 id="history-title">{t("history.title")}</h2>
      {entries.length === 0 ? (
        <p>{t("history.empty")}</p>
      ) : (
        <ol className="history">
          {entries.map((e) => {
            const action = translateStored(locale, `history.action.${e.action}`) ?? e.action;
            const status = e.toStatus
              ? (translateStored(locale, `status.${e.toStatus}`) ?? e.toStatus)
              : "";
            return (
              <li key={e.id}>
                <time dateTime={e.createdAt}>{formatDate(e.createdAt, locale)}</time> —{" "}
                <strong>{action}</strong>
                {/* "Accepted → Accepted" says nothing: the state only when it adds something. */}
                {e.toStatus && e.toStatus !== e.fromStatus && status !== action
                  ? ` → ${status}`
                  : ""}
                {" · "}
                {e.actorDeleted
                  ? t("history.deletedAccount")
                  : (e.actorName ?? t("history.system"))}
                {e.onBehalf ? ` (${t("history.onBehalf")})` : ""}
                {e.comment ? <blockquote>{e.comment}</blockquote> : null}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
