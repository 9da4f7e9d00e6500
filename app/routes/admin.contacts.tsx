import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { Field } from "~/components/field";
import { OpenRequestLimitSchema } from "~/domain/forms/contact.server";
import { formatDate, translator } from "~/i18n";
import { listContacts } from "~/models/contact-view.server";
import { countPartnerships } from "~/models/partnership.server";
import { openRequestLimit, setOpenRequestLimit } from "~/models/settings.server";
import { getDb } from "~/utils/db.server";
import { useLocale, useT } from "~/utils/i18n";
import { getLocale } from "~/utils/locale.server";
import { metaLocale, pageMeta } from "~/utils/meta";
import { requirePermission } from "~/utils/permissions.server";
import { redirectWithToast } from "~/utils/toast.server";

export const meta: MetaFunction = ({ matches }) =>
  pageMeta(translator(metaLocale(matches))("adminContacts.title"));

const QUEUE_SIZE = 100;

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "moderate:contact:any");
  const db = getDb();
  const [review, relay, limit, dormant] = await Promise.all([
    listContacts(db, user, { filter: "review", limit: QUEUE_SIZE, offset: 0 }),
    listContacts(db, user, { filter: "relay", limit: QUEUE_SIZE, offset: 0 }),
    openRequestLimit(db),
    countPartnerships(db, { dormantOnly: true }),
  ]);
  return { review, relay, limit, dormant };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "moderate:contact:any");
  const t = translator(await getLocale(request));
  const form = await request.formData();
  const parsed = OpenRequestLimitSchema.safeParse(form.get("limit"));
  if (!parsed.success)
    return data({ errors: { limit: t("adminContacts.limitInvalid") } }, { status: 400 });
  await setOpenRequestLimit(getDb(), parsed.data, user.id);
  return redirectWithToast("/admin/contacts", {
    type: "success",
    message: t("adminContacts.limitSaved", { limit: parsed.data }),
  });
}

type Row = Awaited<ReturnType<typeof loader>>["review"][number];

function ContactRows({ rows }: { rows: Row[] }) {
  const t = useT();
  const locale = useLocale();
  if (rows.length === 0) return <p>{t("adminContacts.empty")}</p>;
  return (
    <ul className="queue">
      {rows.map((c) => (
        <li key={c.id}>
          <Link to={`/contacts/${c.id}`}>
            {t("contacts.pair", { municipality: c.municipality.name, town: c.offer.town })}
          </Link>{" "}
          <span className="badge">
            {t(`contacts.direction.${c.initiator === "staff" ? "introduction" : "sent"}`)}
          </span>{" "}
          <span className="offer-meta">
            {t(`status.${c.status}`)} ·{" "}
            {c.waitingSince
              ? t("contacts.waitingSince", { date: formatDate(c.waitingSince, locale) })
              : t("contacts.updated", { date: formatDate(c.updatedAt, locale) })}
          </span>
        </li>
      ))}
    </ul>
  );
}

export default function AdminContacts() {
  const { review, relay, limit, dormant } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const busy = useNavigation().state !== "idle";
  return (
    <>
      <section className="card" aria-labelledby="review-title">
        <h2 id="review-title">
          {t("adminContacts.review")} ({review.length})
        </h2>
        <ContactRows rows={review} />
      </section>
      <section className="card" aria-labelledby="relay-title">
        <h2 id="relay-title">
          {t("adminContacts.relay")} ({relay.length})
        </h2>
        <ContactRows rows={relay} />
      </section>
      <p>
        <Link to="/contacts?show=all">{t("adminContacts.all")}</Link> ·{" "}
        <Link to="/partnerships?dormant=1">{t("adminContacts.dormant", { count: dormant })}</Link>
      </p>
      <section className="card" aria-labelledby="limit-title">
        <h2 id="limit-title">{t("adminContacts.limit")}</h2>
        <Form method="post" className="form">
          <Field
            id="limit"
            label={t("adminContacts.limit")}
            hint={t("adminContacts.limitHint")}
            type="number"
            min={1}
            max={1000}
            required
            defaultValue={limit}
            error={result?.errors.limit}
          />
          <button type="submit" className="primary" disabled={busy}>
            {t("adminContacts.limitSave")}
          </button>
        </Form>
      </section>
    </>
  );
}
