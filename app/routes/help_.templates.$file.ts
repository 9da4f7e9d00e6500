// GET /help/templates/<name>[-<language>[-<second language>]].txt: a model document of /help
// as a plain-text download (app/domain/templates). Without a language, the reader's.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { parseTemplateFile, templateLanguage } from "~/domain/templates/catalog";
import { renderTemplate } from "~/domain/templates/render";
import { templateText } from "~/domain/templates/texts.server";
import { getLocale } from "~/utils/locale.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const asked = parseTemplateFile(params.file ?? "");
  if (!asked) return new Response("Not found", { status: 404 });
  const language = asked.language ?? templateLanguage(asked.name, await getLocale(request));
  const first = templateText(asked.name, language);
  const second = asked.partner ? templateText(asked.name, asked.partner) : undefined;
  if (!first || (asked.partner && !second)) return new Response("Not found", { status: 404 });
  const file = `spolu-${asked.name}-${language}${asked.partner ? `-${asked.partner}` : ""}.txt`;
  return new Response(renderTemplate(first, second), {
    headers: {
      "Content-Type": "text/plain; charset=utf-8",
      "Content-Disposition": `attachment; filename="${file}"`,
      "X-Content-Type-Options": "nosniff",
      // A file named with its language is the same for everyone; one without follows the reader.
      ...(asked.language
        ? { "Cache-Control": "public, max-age=3600" }
        : { "Cache-Control": "private, no-cache", Vary: "Accept-Language, Cookie" }),
    },
  });
}
