import type { LoaderFunctionArgs } from "@remix-run/node";
import { translator } from "~/i18n";
import { getPublishedOffer } from "~/models/offer.server";
import { getDb } from "~/utils/db.server";
import { getLocale } from "~/utils/locale.server";
import { offerToApi, requestOrigin } from "~/features/open-data/records";
import { OfferIdParam } from "~/features/open-data/params.server";
import { apiErrors, apiJson } from "~/features/open-data/endpoint.server";

// GET /api/offers/:id → 200 {"data":{…}} for a published offer. Anything else
// (unknown, draft, pending, rejected, expired, closed, not a number) is the same
// 404, so the answer never tells whether an unpublished offer exists.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const id = OfferIdParam.safeParse(params.id);
  const offer = id.success ? await getPublishedOffer(getDb(), id.data) : undefined;
  if (!offer) {
    const t = translator(await getLocale(request));
    return apiErrors({ id: t("api.error.offerNotFound") }, 404);
  }
  return apiJson({ data: offerToApi(offer, requestOrigin(request)) });
}
