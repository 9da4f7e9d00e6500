import type { LoaderFunctionArgs } from "@remix-run/node";
import { openApiDocument } from "~/utils/openapi.server";
import { requestOrigin } from "~/utils/open-data";
import { apiJson } from "~/utils/open-data.server";

// GET /api/openapi.json — the OpenAPI 3.1 description of the JSON endpoints and
// exports, built from the schemas that parse and shape them (docs/api.md).
export async function loader({ request }: LoaderFunctionArgs) {
  return apiJson(openApiDocument(requestOrigin(request)));
}
