import type { LoaderFunctionArgs } from "@remix-run/node";
import { openApiDocument } from "~/features/open-data/openapi.server";
import { requestOrigin } from "~/features/open-data/records";
import { apiJson } from "~/features/open-data/endpoint.server";

// GET /api/openapi.json — the OpenAPI 3.1 description of the JSON endpoints and
// exports, built from the schemas that parse and shape them (docs/api.md).
export async function loader({ request }: LoaderFunctionArgs) {
  return apiJson(openApiDocument(requestOrigin(request)));
}
