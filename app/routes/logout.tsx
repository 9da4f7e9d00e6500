import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { translator } from "~/i18n";
import { getLocale } from "~/utils/locale.server";
import { endSession } from "~/utils/session.server";
import { redirectWithToast } from "~/utils/toast.server";

// Signing out changes data (the session row), so it is a POST; a GET just goes home.
export function loader() {
  return redirect("/");
}

export async function action({ request }: ActionFunctionArgs) {
  const t = translator(await getLocale(request));
  const cookie = await endSession(request);
  return redirectWithToast("/", { type: "info", message: t("logout.done") }, [cookie]);
}
