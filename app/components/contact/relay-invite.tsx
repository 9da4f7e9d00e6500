import { useT } from "~/utils/i18n";

export interface RelayInviteData {
  name: string;
  ico: string | null;
  okres: string | null;
  /** Where the municipality's office signs up with itself chosen. */
  claimUrl: string;
  /** A message staff can send to the office (e-mail or data box), in Czech. */
  text: string;
}

/**
 * For staff, when the municipality has no account: how to reach its office and
 * invite it to claim its profile, so that it can answer on Spolu itself.
 */
export function RelayInvite({ invite }: { invite: RelayInviteData }) {
  const t = useT();
  return (
    <section className="card manage" aria-labelledby="relay-title">
      <h2 id="relay-title">{t("relay.title", { name: invite.name })}</h2>
      <p>{t("relay.lead")}</p>
      <dl className="facts">
        <dt>{t("register.ico")}</dt>
        <dd>{invite.ico ?? "—"}</dd>
        <dt>{t("register.okres")}</dt>
        <dd>{invite.okres ?? "—"}</dd>
        <dt>{t("relay.claimLink")}</dt>
        <dd>
          <a href={invite.claimUrl}>{invite.claimUrl}</a>
        </dd>
      </dl>
      <div className="field">
        <label htmlFor="relay-text">{t("relay.text")}</label>
        <textarea id="relay-text" readOnly rows={9} value={invite.text} />
      </div>
    </section>
  );
}
