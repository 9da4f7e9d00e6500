// /api/openapi.json: an OpenAPI 3.1 description of Spolu's JSON endpoints and
// exports, built from the zod schemas that read their parameters and type their
// answers. OpenAPI 3.1 schemas are JSON Schema 2020-12, which z.toJSONSchema
// writes; parameters are the schemas' input side (what a URL may say), answers
// their output side. docs/api.md says the same in prose, with examples.
import { z } from "zod";
import {
  ApiMessageSchema,
  CzechPlacesAnswerSchema,
  FitAnswerSchema,
  FitQuerySchema,
  ForeignPreviewAnswerSchema,
  MatchPreviewAnswerSchema,
  PlacesAbroadAnswerSchema,
  PlacesQuerySchema,
} from "./app-api-schemas.server";
import { PARTNERSHIPS_ATTRIBUTION, REGISTER_ATTRIBUTION } from "./records";
import {
  EventQuerySchema,
  FundingQuerySchema,
  MunicipalityQuerySchema,
  OfferIdParam,
  OfferQuerySchema,
  PartnershipQuerySchema,
} from "./params.server";
import {
  ApiErrorsSchema,
  EventApiSchema,
  EventPageSchema,
  FundingCallApiSchema,
  FundingCallPageSchema,
  MunicipalityApiSchema,
  MunicipalityPageSchema,
  OfferAnswerSchema,
  OfferApiSchema,
  OfferPageSchema,
  PageLinksSchema,
  PartnershipApiSchema,
  PartnershipPageSchema,
} from "./schemas.server";
import {
  csvFormat,
  dropSafeIntegerBounds,
  lang,
  paging,
  parameters,
  previewParameters,
  type JsonSchema,
} from "./openapi-parameters.server";

/** The named answer shapes, components/schemas of the document. */
const COMPONENTS = {
  Offer: OfferApiSchema,
  Municipality: MunicipalityApiSchema,
  Partnership: PartnershipApiSchema,
  FundingCall: FundingCallApiSchema,
  Event: EventApiSchema,
  PageLinks: PageLinksSchema,
  OfferPage: OfferPageSchema,
  OfferAnswer: OfferAnswerSchema,
  MunicipalityPage: MunicipalityPageSchema,
  PartnershipPage: PartnershipPageSchema,
  FundingCallPage: FundingCallPageSchema,
  EventPage: EventPageSchema,
  Errors: ApiErrorsSchema,
  PlacesAbroad: PlacesAbroadAnswerSchema,
  CzechPlaces: CzechPlacesAnswerSchema,
  MatchPreview: MatchPreviewAnswerSchema,
  ForeignMatchPreview: ForeignPreviewAnswerSchema,
  Fit: FitAnswerSchema,
  Message: ApiMessageSchema,
} satisfies Record<string, z.ZodType>;
type ComponentName = keyof typeof COMPONENTS;

const ref = (name: ComponentName) => ({ $ref: `#/components/schemas/${name}` });

function componentSchemas(): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(COMPONENTS)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, {
    target: "draft-2020-12",
    uri: (id) => `#/components/schemas/${id}`,
    override: dropSafeIntegerBounds,
  });
  // A component is a schema inside the document: no dialect or id of its own
  // (an $id with a fragment is not even valid 2020-12).
  return Object.fromEntries(
    Object.entries(schemas).map(([id, { $schema: _dialect, $id: _id, ...schema }]) => [id, schema]),
  );
}

const CORS = { $ref: "#/components/headers/Access-Control-Allow-Origin" };
const CACHE = { $ref: "#/components/headers/Cache-Control" };

/** An answer; the open data's carry the headers that let any site read and cache them. */
function answer(description: string, type: string, schema: JsonSchema, openData: boolean) {
  const headers = { "Access-Control-Allow-Origin": CORS, "Cache-Control": CACHE };
  return { description, ...(openData ? { headers } : {}), content: { [type]: { schema } } };
}

const json = (description: string, schema: JsonSchema, openData = true) =>
  answer(description, "application/json", schema, openData);

const file = (description: string, type: string, openData = true) =>
  answer(description, type, { type: "string" }, openData);

const badParameters = (openData = true) =>
  json("Bad parameters, every one named with a message", ref("Errors"), openData);

const list = (summary: string, query: z.ZodObject, page: ComponentName) => ({
  get: {
    tags: ["open data"],
    summary,
    parameters: [...parameters(query), ...paging, ...lang],
    responses: { "200": json("One page", ref(page)), "400": badParameters() },
  },
});

const csv = (summary: string, query: z.ZodObject) => ({
  get: {
    tags: ["open data"],
    summary,
    description: "Values the page ignores are ignored here too; never a 400.",
    parameters: [...parameters(query), ...csvFormat],
    responses: { "200": file("UTF-8 with BOM, RFC 4180, a header row", "text/csv") },
  },
});

function paths() {
  return {
    "/api/offers": list("Published offers, newest first", OfferQuerySchema, "OfferPage"),
    "/api/offers/{id}": {
      get: {
        tags: ["open data"],
        summary: "One published offer",
        parameters: [...parameters(z.object({ id: OfferIdParam }), "path"), ...lang],
        responses: {
          "200": json("The offer", ref("OfferAnswer")),
          "404": json("No published offer has this id", ref("Errors")),
        },
      },
    },
    "/api/municipalities": list(
      "Every Czech municipality, with its public profile",
      MunicipalityQuerySchema,
      "MunicipalityPage",
    ),
    "/api/partnerships": list(
      "The registry of partnerships with towns abroad",
      PartnershipQuerySchema,
      "PartnershipPage",
    ),
    "/api/funding": list(
      "Funding calls with their eligibility rules",
      FundingQuerySchema,
      "FundingCallPage",
    ),
    "/api/events": list("Congresses and forums, soonest first", EventQuerySchema, "EventPage"),
    "/offers.csv": csv("Every published offer matching the filters", OfferQuerySchema),
    "/municipalities.csv": csv("Every municipality matching the filters", MunicipalityQuerySchema),
    "/partnerships.csv": csv("Every partnership matching the filters", PartnershipQuerySchema),
    "/feed.xml": {
      get: {
        tags: ["open data"],
        summary: "Atom feed of the 50 newest published offers",
        parameters: lang,
        responses: { "200": file("Atom 1.0", "application/atom+xml") },
      },
    },
    "/funding.ics": {
      get: {
        tags: ["open data"],
        summary: "Call deadlines and events for calendar apps",
        parameters: lang,
        responses: {
          "200": file("iCalendar (RFC 5545), cached 15 minutes", "text/calendar", false),
        },
      },
    },
    "/api/openapi.json": {
      get: {
        tags: ["open data"],
        summary: "This description",
        responses: { "200": json("OpenAPI 3.1", { type: "object" }) },
      },
    },
    "/api/places": {
      get: {
        tags: ["app"],
        summary: "Place search of the forms",
        parameters: [...parameters(PlacesQuerySchema), ...lang],
        responses: {
          "200": json(
            "Best matches first",
            { oneOf: [ref("CzechPlaces"), ref("PlacesAbroad")] },
            false,
          ),
          "400": badParameters(false),
        },
      },
    },
    "/api/match-preview": {
      get: {
        tags: ["app"],
        summary: "The try-it preview: a rough profile ranked against the other side",
        parameters: [...previewParameters(), ...lang],
        responses: {
          "200": json(
            "Best first",
            { oneOf: [ref("MatchPreview"), ref("ForeignMatchPreview")] },
            false,
          ),
          "400": badParameters(false),
        },
      },
    },
    "/api/fit": {
      get: {
        tags: ["app"],
        summary: "A signed-in mayor's score for one published offer (the map's popups)",
        security: [{ session: [] }],
        parameters: [...parameters(FitQuerySchema), ...lang],
        responses: {
          "200": json("The score and its top reason", ref("Fit"), false),
          "400": badParameters(false),
          "401": json("Not signed in", ref("Message"), false),
          "403": json("Not a mayor, or no municipality profile", ref("Message"), false),
          "404": json("No published offer has this id", ref("Message"), false),
        },
      },
    },
  };
}

const DESCRIPTION = `Published partnership requests ("offers") of towns abroad, every Czech municipality of the official register with its public profile where there is one, the registry of partnerships, and the funding calls and events the Union of Towns and Municipalities of the Czech Republic tracks, for anyone to reuse. Open data needs no key and no sign-in and is the same for everyone. Contact people, e-mail addresses, phone numbers, accounts, messages and staff notes are never published.

**Sources and their licences.** Keep the \`attribution\` the answers carry wherever you show their rows:
- the register's data: ${REGISTER_ATTRIBUTION};
- partnerships from public lists: ${PARTNERSHIPS_ATTRIBUTION}.

**Conventions.** Field names are snake_case; absent values are \`null\`, never missing keys. Codes, not labels: ISO 3166-1 countries, ISO 3166-2 regions, ISO 639-1 languages, Spolu's topic codes. Lists are paged: follow \`links.next\` until it is \`null\`. Bad parameters are a 400 naming each one, in Czech or in the language of \`lang\`; unknown parameters are ignored, blank ones count as absent.

Endpoints tagged *open data* keep their addresses, parameters and fields (new ones may be added). Those tagged *app* serve Spolu's own pages and may change with them.`;

let components: Record<string, JsonSchema> | undefined;

/** The document, its server the address the request came to. */
export function openApiDocument(origin: string) {
  components ??= componentSchemas();
  return {
    openapi: "3.1.0",
    info: {
      title: "Spolu open data",
      version: "1",
      summary: "Partnership requests, Czech municipalities, partnerships, funding calls, events",
      description: DESCRIPTION,
    },
    servers: [{ url: origin }],
    externalDocs: { description: "For people", url: `${origin}/open-data` },
    tags: [
      { name: "open data", description: "Stable: described in docs/api.md" },
      { name: "app", description: "Used by Spolu's own pages; may change" },
    ],
    paths: paths(),
    components: {
      schemas: components,
      headers: {
        "Access-Control-Allow-Origin": {
          description: "Any site may read the answer",
          schema: { type: "string", const: "*" },
        },
        "Cache-Control": {
          description: "public, max-age=300 (five minutes); no-store on errors",
          schema: { type: "string" },
        },
      },
      securitySchemes: {
        session: {
          type: "apiKey",
          in: "cookie",
          name: "spolu_session",
          description: "The session cookie of a signed-in user of the app",
        },
      },
    },
  };
}
