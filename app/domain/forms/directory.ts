// The directory's URL (/municipalities, /api/municipalities, /municipalities.csv):
// every filter is a plain parameter, so a filtered view can be bookmarked and the
// form works without JavaScript. Values that mean nothing are reported by name.
import { krajByCode } from "../kraje";
import { isMunicipalityKind, isSizeBand, type MunicipalityKind, type SizeBand } from "../register";

export const DIRECTORY_SORTS = ["name", "population", "population-asc"] as const;
export type DirectorySort = (typeof DIRECTORY_SORTS)[number];

export interface DirectoryQuery {
  q?: string;
  kraj?: string;
  okres?: string;
  size?: SizeBand;
  kind?: MunicipalityKind;
  profile?: boolean;
  partners?: boolean;
  sort: DirectorySort;
}

/** Parameter name → the value that was not understood (for a message beside it). */
export type DirectoryProblems = Partial<
  Record<"kraj" | "okres" | "size" | "kind" | "sort", string>
>;

const yes = (v: string | null) => v === "1" || v === "on" || v === "true";

export function parseDirectoryQuery(params: URLSearchParams): {
  query: DirectoryQuery;
  problems: DirectoryProblems;
} {
  const problems: DirectoryProblems = {};
  const value = (name: string) => params.get(name)?.trim() || undefined;
  const query: DirectoryQuery = { sort: "name" };
  const q = value("q");
  if (q) query.q = q.slice(0, 100);
  const kraj = value("kraj")?.toUpperCase();
  if (kraj) {
    if (krajByCode(kraj)) query.kraj = kraj;
    else problems.kraj = kraj.slice(0, 20);
  }
  const okres = value("okres");
  if (okres) {
    if (/^\d{4}$/.test(okres)) query.okres = okres;
    else problems.okres = okres.slice(0, 20);
  }
  const size = value("size");
  if (size) {
    if (isSizeBand(size)) query.size = size;
    else problems.size = size.slice(0, 20);
  }
  const kind = value("kind");
  if (kind) {
    if (isMunicipalityKind(kind)) query.kind = kind;
    else problems.kind = kind.slice(0, 30);
  }
  if (yes(params.get("profile"))) query.profile = true;
  if (yes(params.get("partners"))) query.partners = true;
  const sort = value("sort");
  if (sort) {
    if ((DIRECTORY_SORTS as readonly string[]).includes(sort)) query.sort = sort as DirectorySort;
    else problems.sort = sort.slice(0, 20);
  }
  return { query, problems };
}
