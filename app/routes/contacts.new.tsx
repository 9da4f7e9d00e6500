import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { TextAreaField } from "~/components/contact/text-area-field";
import { ContactIdSchema, NewContactSchema } from "~/domain/forms/contact.server";
import { isInterestCode } from "~/domain/interests";
import { VISIBLE_PROFILE_STATUSES } from "~/domain/lifecycle";
import { translator, type MessageKey } from "~/i18n";
import { ContactError, createContact, pairForContact } from "~/models/contact.server";
import { getContactView } from "~/models/contact-view.server";
import { getOwnedMunicipalitySummary } from "~/models/municipality.server";
import { listOffersByAuthor } from "~/models/offer.server";
import type { PublicUser } from "~/models/user.server";
import { getDb } from "~/utils/db.server";
import { invariantResponse } from "~/utils/http";
import { useT } from "~/utils/i18n";
import { getLocale } from "~/utils/locale.server";
import { deliverSoon } from "~/utils/mail.server";
import { metaLocale, pageMeta } from "~/utils/meta";
import { requirePermission } from "~/utils/permissions.server";
import { take, tooMany } from "~/utils/throttle.server";
import { redirectWithToast } from "~/utils/toast.server";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageMeta(
    translator(metaLocale(matches))(
      data?.role === "staff" ? "contact.new.introTitle" : "contact.new.title",
    ),
  );

const optionalId = (v: string | null) =>
  v === null || v === "" ? undefined : ContactIdSchema.safeParse(v).data;

/**
 * Which pair this page is about: a mayor writes for their own municipality, a
 * foreign user from one of their published requests, staff name both sides.
 */
async function resolvePair(user: PublicUser, municipalityParam?: number, offerParam?: number) {
  const db = getDb();
  if (user.role === "mayor") {
    const own = await getOwnedMunicipalitySummary(db, user.id);
    // A mayor writes once the profile is public (as the model checks again).
    const ready =
      own && (VISIBLE_PROFILE_STATUSES as readonly string[]).includes(own.status) ? own : undefined;
    return { municipalityId: ready?.id, offerId: offerParam, ownOffers: [] };
  }
  if (user.role === "foreign") {
    const ownOffers = (await listOffersByAuthor(db, user.id))
      .filter((o) => o.status === "published")
      .map((o) => ({ id: o.id, town: o.town }));
    const offerId = ownOffers.some((o) => o.id === offerParam) ? offerParam : ownOffers[0]?.id;
    return { municipalityId: municipalityParam, offerId, ownOffers };
  }
  return { municipalityId: municipalityParam, offerId: offerParam, ownOffers: [] };
}

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, ["create:contact:own", "moderate:contact:any"]);
  const url = new URL(request.url);
  const { municipalityId, offerId, ownOffers } = await resolvePair(
    user,
    optionalId(url.searchParams.get("municipality")),
    optionalId(url.searchParams.get("offer")),
  );
  const base = {
    role: user.role,
    verified: user.email_verified_at !== null,
    ownOffers,
    noProfile: user.role === "mayor" && municipalityId === undefined,
    noOffers: user.role === "foreign" && ownOffers.length === 0,
  };
  if (municipalityId === undefined || offerId === undefined) return { ...base, pair: null };
  const side = user.role === "staff" ? "staff" : user.role === "mayor" ? "municipality" : "offer";
  const pair = await pairForContact(getDb(), municipalityId, offerId, side);
  invariantResponse(pair, "Not found", { status: 404 });
  return {
    ...base,
    pair: {
      municipality: {
        id: pair.municipality.id,
        name: pair.municipality.name,
        visible: pair.municipality.visible,
        hasAccount: pair.municipality.ownerId !== null,
      },
      offer: {
        id: pair.offer.id,
        town: pair.offer.town,
        open: pair.offer.open,
        hasAccount: pair.offer.authorId !== null,
        isDemo: pair.offer.isDemo,
      },
      shared: pair.shared,
      live: pair.live,
      full: user.role === "mayor" && pair.full,
      openRequests: pair.openRequests,
    },
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, ["create:contact:own", "moderate:contact:any"]);
  const locale = await getLocale(request);
  const t = translator(locale);
  const form = await request.formData();
  const parsed = NewContactSchema.safeParse({
    municipality: form.get("municipality"),
    offer: form.get("offer"),
    message: form.get("message") ?? "",
    topics: form.getAll("topics"),
  });
  invariantResponse(parsed.success, "Bad request", { status: 400 });
  const values = { message: parsed.data.message, topics: parsed.data.topics };
  // Slows a script or a stuck button, never a mayor writing to a handful of towns.
  if (user.role !== "staff") {
    const throttled = await take(getDb(), "contact-new-user", String(user.id));
    if (!throttled.allowed)
      return tooMany({ values, errors: { form: t("contact.error.rate_limited") } }, throttled);
  }
  // Every empty field at once, beside its field; the model checks the rest (and these again).
  const empty: Record<string, string> = {};
  if (!values.message.trim()) empty.message = t("contact.error.text_required");
  if (user.role !== "staff" && values.topics.length === 0)
    empty.topics = t("contact.error.topics_required");
  if (Object.keys(empty).length > 0) return data({ values, errors: empty }, { status: 400 });
  try {
    const id = await createContact(
      getDb(),
      {
        municipalityId: parsed.data.municipality,
        offerId: parsed.data.offer,
        message: parsed.data.message,
        topics: parsed.data.topics,
      },
      { id: user.id, role: user.role, emailVerified: user.email_verified_at !== null },
    );
    deliverSoon();
    // Joined to the other side's interest still with staff: its page is not theirs to open
    // yet, and the answer must not differ in anything else.
    const visible = await getContactView(getDb(), id, user);
    return redirectWithToast(visible ? `/contacts/${id}` : "/contacts", {
      type: "success",
      message: t(user.role === "staff" ? "contact.new.introduced" : "contact.new.sent"),
    });
  } catch (error) {
    if (!(error instanceof ContactError)) throw error;
    invariantResponse(error.code !== "not_found", "Not found", { status: 404 });
    return data(
      { values, errors: { [error.field]: t(`contact.error.${error.code}` as MessageKey) } },
      {
        status:
          error.code === "forbidden"
            ? 403
            : error.code === "already_open" || error.code === "offer_full"
              ? 409
              : 400,
      },
    );
  }
}

export default function NewContactPage() {
  const { pair, role, verified, ownOffers, noProfile, noOffers } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const errors: Record<string, string | undefined> = result?.errors ?? {};
  const t = useT();
  const busy = useNavigation().state !== "idle";
  const intro = role === "staff";
  const chosen = new Set(result?.values.topics ?? (pair?.shared.length === 1 ? pair.shared : []));

  const blocker = noProfile
    ? t("contact.new.noProfile")
    : noOffers
      ? t("contact.new.noOffers")
      : !pair
        ? t("contact.new.choose")
        : !verified
          ? t("contact.new.unverified")
          : !pair.offer.open
            ? t("contact.new.closed")
            : !pair.municipality.visible
              ? t("contact.new.notVisible")
              : pair.full
                ? t("contact.new.full", { count: pair.openRequests })
                : pair.shared.length === 0
                  ? t("contact.new.noShared")
                  : null;

  return (
    <article className="narrow">
      <h1>{intro ? t("contact.new.introTitle") : t("contact.new.title")}</h1>
      {pair ? (
        <p className="lead">
          <Link to={`/municipalities/${pair.municipality.id}`}>{pair.municipality.name}</Link> ↔{" "}
          <Link to={`/offers/${pair.offer.id}`}>{pair.offer.town}</Link>
        </p>
      ) : null}
      {role === "foreign" && ownOffers.length > 1 && pair ? (
        <Form method="get" className="inline-form">
          <input type="hidden" name="municipality" value={pair.municipality.id} />
          <label htmlFor="offer-choice">{t("contact.new.offer")}</label>{" "}
          <select id="offer-choice" name="offer" defaultValue={pair.offer.id}>
            {ownOffers.map((o) => (
              <option key={o.id} value={o.id}>
                {o.town}
              </option>
            ))}
          </select>{" "}
          <button type="submit" className="secondary">
            {t("offers.apply")}
          </button>
        </Form>
      ) : null}

      {pair?.live ? (
        <p className="staff-comment">
          {t("contact.new.live")}{" "}
          <Link to={`/contacts/${pair.live.id}`}>{t("contact.new.liveLink")}</Link>
        </p>
      ) : blocker ? (
        <p className="staff-comment" role="status">
          {blocker}
        </p>
      ) : pair ? (
        <Form method="post" className="form" noValidate>
          {pair.offer.isDemo ? (
            <p className="notice-inline" role="note">
              {t("interest.demo")}
            </p>
          ) : null}
          <p>{intro ? t("contact.new.introLead") : t("contact.new.lead")}</p>
          {intro ? (
            <>
              <p>
                {t("contact.new.sharedTopics", {
                  topics: pair.shared
                    .filter(isInterestCode)
                    .map((c) => t(`interest.${c}`))
                    .join(", "),
                })}
              </p>
              {[
                pair.municipality.hasAccount ? null : pair.municipality.name,
                pair.offer.hasAccount ? null : pair.offer.town,
              ]
                .filter((side): side is string => side !== null)
                .map((side) => (
                  <p key={side} className="staff-comment">
                    {t("contact.new.noAccount", { side })}
                  </p>
                ))}
            </>
          ) : null}
          <input type="hidden" name="municipality" value={pair.municipality.id} />
          <input type="hidden" name="offer" value={pair.offer.id} />
          {intro ? null : (
            <fieldset aria-describedby="topics-hint topics-error">
              <legend>{t("contact.new.topics")}</legend>
              <p className="field-hint" id="topics-hint">
                {t("contact.new.topicsHint")}
              </p>
              <div className="check-grid">
                {pair.shared.filter(isInterestCode).map((code) => (
                  <label key={code} className="check">
                    <input
                      type="checkbox"
                      name="topics"
                      value={code}
                      defaultChecked={chosen.has(code)}
                    />
                    {t(`interest.${code}`)}
                  </label>
                ))}
              </div>
              <p className="field-error" id="topics-error">
                {errors.topics ?? ""}
              </p>
            </fieldset>
          )}
          <TextAreaField
            id="message"
            name="message"
            label={intro ? t("contact.new.note") : t("contact.new.message")}
            hint={intro ? undefined : t("contact.new.messageHint")}
            rows={8}
            required
            defaultValue={result?.values.message}
            error={errors.message}
          />
          {errors.form ? (
            <p className="form-error" role="alert">
              {errors.form}
            </p>
          ) : null}
          <button type="submit" className="primary" disabled={busy}>
            {intro ? t("contact.new.submitIntro") : t("contact.new.submit")}
          </button>
        </Form>
      ) : null}
    </article>
  );
}
