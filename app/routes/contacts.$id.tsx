import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { ContactActions, ProposalActions, StageForm } from "~/components/contact/contact-actions";
import { ContactDetailsCard, Stages, Thread } from "~/components/contact/contact-parts";
import { PairFits } from "~/components/funding";
import { RelayInvite } from "~/components/contact/relay-invite";
import { History } from "~/components/history";
import { isProposal, isRevealed } from "~/domain/contact-lifecycle";
import { pragueDay } from "~/domain/dates";
import { ContactActionSchema } from "~/domain/forms/contact.server";
import { isInterestCode } from "~/domain/interests";
import { formatDate, translator, type MessageKey } from "~/i18n";
import { ContactError, postMessage, transitionContact } from "~/models/contact.server";
import { getContactView } from "~/models/contact-view.server";
import { getPublicMunicipality } from "~/models/municipality.server";
import { listFundingCalls } from "~/models/funding.server";
import { markReadByLink } from "~/models/notification.server";
import { countryName } from "~/i18n/countries.server";
import { getDb } from "~/utils/db.server";
import { fitsForPair } from "~/features/funding/view.server";
import { idParam, invariantResponse } from "~/utils/http";
import { useLocale, useT } from "~/utils/i18n";
import { getLocale } from "~/utils/locale.server";
import { appUrl } from "~/utils/env.server";
import { deliverSoon } from "~/utils/mail.server";
import { requirePermission } from "~/utils/permissions.server";
import { take, tooMany } from "~/utils/throttle.server";
import { redirectWithToast } from "~/utils/toast.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  {
    title: data
      ? `${data.contact.municipality.name} ↔ ${data.contact.offer.town} — Spolu`
      : "Spolu",
  },
];

const requireContactUser = (request: Request) =>
  requirePermission(request, ["read:contact:own", "read:contact:any"]);

/** One sentence on where the contact stands, for the side reading it. */
const EXPLAIN: Partial<Record<string, MessageKey>> = {
  "sender.pending_review": "contact.explain.sender.pending_review",
  "sender.forwarded": "contact.explain.sender.forwarded",
  "sender.info_requested": "contact.explain.sender.info_requested",
  "recipient.forwarded": "contact.explain.recipient.forwarded",
  "recipient.info_requested": "contact.explain.recipient.info_requested",
};

export async function loader({ request, params }: LoaderFunctionArgs) {
  const id = idParam(params.id);
  const user = await requireContactUser(request);
  const locale = await getLocale(request);
  const contact = await getContactView(getDb(), id, user);
  // Someone outside the contact learns nothing, not even that it exists.
  invariantResponse(contact, "Not found", { status: 404 });
  // A write on GET, but only of the reader's own "read" marks: the inbox should not keep
  // counting what they are reading now.
  await markReadByLink(getDb(), user.id, `/contacts/${id}`);
  const { municipality, offer } = contact;
  const relay =
    contact.actor === "staff" && !municipality.hasAccount
      ? await relayInvite(
          municipality.id,
          contact.message,
          offer.town,
          countryName(offer.country, "cs"),
        )
      : null;
  return {
    relay,
    contact: {
      ...contact,
      offer: { ...contact.offer, countryName: countryName(offer.country, locale) },
    },
    today: pragueDay(),
    fits: {
      pairLabel: translator(locale)("funding.pair", { a: municipality.name, b: offer.town }),
      calls: fitsForPair(
        await listFundingCalls(getDb()),
        [
          { name: municipality.name, country: "CZ" },
          { name: offer.town, country: offer.country },
        ],
        locale,
      ),
    },
  };
}

/** What staff send a municipality's office to relay a town's interest and invite it to Spolu. */
async function relayInvite(municipalityId: number, message: string, town: string, country: string) {
  const m = await getPublicMunicipality(getDb(), municipalityId);
  if (!m) return null;
  const claimUrl = `${appUrl()}/signup?municipality=${m.id}`;
  // Czech: the office of a Czech municipality reads it, whatever the staff member's page language.
  const t = translator("cs");
  return {
    name: m.name,
    ico: m.ico,
    okres: m.okres,
    claimUrl,
    text: t("relay.template", { name: m.name, town, country, message, link: claimUrl }),
  };
}

const FIELDS = { text: 1, body: 1, happenedOn: 1, side: 1, reference: 1 };

export async function action({ request, params }: ActionFunctionArgs) {
  const id = idParam(params.id);
  const user = await requireContactUser(request);
  const t = translator(await getLocale(request));
  const form = await request.formData();
  const raw = (name: string) => {
    const v = form.get(name);
    return typeof v === "string" && v !== "" ? v : undefined;
  };
  const parsed = ContactActionSchema.safeParse({
    intent: raw("intent"),
    text: raw("text"),
    body: raw("body"),
    happenedOn: raw("happenedOn"),
    reference: raw("reference"),
    side: raw("side"),
  });
  if (!parsed.success) {
    // The error goes beside the field it concerns: the thread's body, a reason or note, a date.
    const issue = parsed.error.issues[0];
    const field = String(issue?.path[0] ?? "form");
    const key: MessageKey =
      field === "happenedOn"
        ? "contact.error.bad_date"
        : field === "side"
          ? "contact.error.side_required"
          : field === "reference"
            ? "contact.error.reference_too_long"
            : field === "text" || field === "body"
              ? "contact.error.too_long"
              : "contact.error.forbidden";
    return data(
      { intent: raw("intent"), errors: { [field in FIELDS ? field : "form"]: t(key) } },
      { status: 400 },
    );
  }
  const { intent, text, body, happenedOn, side, reference } = parsed.data;
  const db = getDb();
  try {
    if (intent === "message") {
      const throttled = await take(db, "contact-message-user", String(user.id));
      if (!throttled.allowed)
        return tooMany({ intent, errors: { body: t("contact.error.rate_limited") } }, throttled);
      await postMessage(db, id, user, body ?? "");
      deliverSoon();
      return redirectWithToast(`/contacts/${id}#thread-title`, {
        type: "success",
        message: t("contact.thread.sent"),
      });
    }
    const status = await transitionContact(db, id, intent, user, {
      text,
      happenedOn,
      side,
      reference,
    });
    deliverSoon();
    const message =
      intent === "refuse_stage"
        ? t("contact.stageRefused")
        : // A milestone a town records is its proposal (staff's is recorded at once).
          isProposal(intent, user.role === "staff" ? "staff" : "sender")
          ? t("contact.proposed")
          : t("contact.done", { status: t(`status.${status}` as MessageKey) });
    return redirectWithToast(`/contacts/${id}`, { type: "success", message });
  } catch (error) {
    if (!(error instanceof ContactError)) throw error;
    invariantResponse(error.code !== "not_found", "Not found", { status: 404 });
    const status = ["forbidden", "own_proposal"].includes(error.code)
      ? 403
      : ["wrong_state", "proposal_waiting"].includes(error.code)
        ? 409
        : 400;
    const field = intent === "message" && error.field === "body" ? "body" : error.field;
    return data(
      { intent, errors: { [field]: t(`contact.error.${error.code}` as MessageKey) } },
      { status },
    );
  }
}

export default function ContactPage() {
  const { contact, today, fits, relay } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const locale = useLocale();
  const { municipality, offer } = contact;
  const revealed = isRevealed(contact.status);
  const closed = ["declined", "expired", "withdrawn", "rejected_by_staff"].includes(contact.status);
  const introduction = contact.initiator === "staff";
  const answered = contact.side !== null && contact.answers[contact.side] !== null;
  const explainKey: MessageKey | undefined = revealed
    ? "contact.explain.revealed"
    : closed
      ? "contact.explain.closed"
      : introduction && contact.actor === "recipient"
        ? answered
          ? "contact.explain.introduction.waiting"
          : "contact.explain.introduction.open"
        : EXPLAIN[`${contact.actor}.${contact.status}`];
  const privacyNote = t(
    closed
      ? "contact.privacy.closed"
      : introduction
        ? "contact.privacy.introduction"
        : contact.actor === "sender"
          ? "contact.privacy.sender"
          : contact.actor === "recipient"
            ? "contact.privacy.recipient"
            : "contact.privacy",
  );
  const relaySide = !offer.hasAccount
    ? offer.town
    : !municipality.hasAccount
      ? municipality.name
      : null;

  return (
    <article className="contact">
      <p>
        <Link to="/contacts">← {t("contacts.title")}</Link>
      </p>
      <h1>
        <Link to={`/municipalities/${municipality.id}`}>{municipality.name}</Link> ↔{" "}
        <Link to={`/offers/${offer.id}`}>{offer.town}</Link>{" "}
        <span className="offer-meta">({offer.countryName})</span>
      </h1>
      <p className="lead">
        {t("contact.state")}:{" "}
        <strong className={`status status-${contact.status}`} data-testid="contact-status">
          {t(`status.${contact.status}`)}
        </strong>
        {contact.initiator === "staff" ? ` · ${t("contact.introducedBy")}` : ""}
      </p>
      {explainKey ? <p>{t(explainKey)}</p> : null}
      {contact.statusReason ? (
        <p className="staff-comment">
          <strong>{t("contact.reason")}:</strong> {contact.statusReason}
        </p>
      ) : null}
      {relaySide && contact.actor === "staff" ? (
        <p className="staff-comment">{t("contact.relay", { side: relaySide })}</p>
      ) : null}
      {relay ? <RelayInvite invite={relay} /> : null}
      {contact.warnPrivateDetail ? (
        <p className="staff-comment" role="note">
          {t("contact.warnPrivate")}
        </p>
      ) : null}

      <section className="card" aria-labelledby="message-title">
        <h2 id="message-title">
          {contact.initiator === "staff" ? t("contact.note") : t("contact.message")}
        </h2>
        <p className="pre-line">{contact.message}</p>
        {contact.topics.length > 0 ? (
          <p>
            <strong>{t("contact.topics")}:</strong>{" "}
            {contact.topics
              .filter(isInterestCode)
              .map((c) => t(`interest.${c}`))
              .join(", ")}
          </p>
        ) : null}
        {contact.initiator === "staff" ? (
          <p>
            <strong>{t("contact.answers")}:</strong> {municipality.name}:{" "}
            {t(`contact.answer.${contact.answers.municipality ?? "pending"}`)}; {offer.town}:{" "}
            {t(`contact.answer.${contact.answers.offer ?? "pending"}`)}.
          </p>
        ) : null}
        <p className="offer-meta">
          {formatDate(contact.createdAt, locale)}
          {contact.waitingSince
            ? ` · ${t("contacts.waitingSince", { date: formatDate(contact.waitingSince, locale) })}`
            : ""}
        </p>
      </section>

      <ContactDetailsCard
        details={contact.details}
        municipality={municipality.name}
        town={offer.town}
        privacyNote={privacyNote}
      />
      <ContactActions contact={contact} result={result} />
      {contact.partnership ? (
        <p className="staff-comment" data-testid="partnership-note">
          {contact.partnership.dormantSince
            ? t("contact.partnershipDormant", {
                date: formatDate(contact.partnership.dormantSince, locale),
              })
            : t("contact.partnership")}{" "}
          <Link to="/map?layers=1&layer=partnerships">{t("nav.map")}</Link>
        </p>
      ) : null}
      {revealed ? (
        <Stages
          stages={contact.stages}
          proposal={contact.proposal}
          sideNames={{ municipality: municipality.name, offer: offer.town }}
          proposalActions={
            <>
              <p className="field-hint">
                {t(
                  contact.actor === "staff"
                    ? "contact.proposal.waitingStaff"
                    : contact.proposal?.mine
                      ? "contact.proposal.waitingOther"
                      : "contact.proposal.waitingYou",
                )}
              </p>
              <ProposalActions contact={contact} result={result} />
            </>
          }
        >
          <StageForm contact={contact} result={result} today={today} />
        </Stages>
      ) : null}
      {contact.thread.length > 0 || revealed ? (
        <Thread
          thread={contact.thread}
          canWrite={revealed}
          error={
            result?.intent === "message" ? (result.errors?.body ?? result.errors?.form) : undefined
          }
        />
      ) : null}
      <PairFits fits={fits.calls} pairLabel={fits.pairLabel} />
      <History entries={contact.history} />
    </article>
  );
}
