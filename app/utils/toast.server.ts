// One-time messages after a redirect ("Your account has been created").
import { createCookie, redirect } from "@remix-run/node";
import { z } from "zod";
import { getEnv } from "./env.server";

const ToastSchema = z.object({
  type: z.enum(["success", "info", "error"]),
  message: z.string().max(500),
});
export type Toast = z.infer<typeof ToastSchema>;

const toastCookie = createCookie("spolu_toast", {
  path: "/",
  httpOnly: true,
  sameSite: "lax",
  secrets: getEnv().sessionSecrets,
});

export async function getToast(
  request: Request,
): Promise<{ toast: Toast | null; clearHeader: string | null }> {
  const raw: unknown = await toastCookie.parse(request.headers.get("Cookie"));
  if (!raw) return { toast: null, clearHeader: null };
  const parsed = ToastSchema.safeParse(raw);
  return {
    toast: parsed.success ? parsed.data : null,
    clearHeader: await toastCookie.serialize("", { maxAge: 0 }),
  };
}

export async function redirectWithToast(
  url: string,
  toast: Toast,
  extraCookies: string[] = [],
): Promise<Response> {
  const headers = new Headers();
  for (const cookie of extraCookies) headers.append("Set-Cookie", cookie);
  headers.append("Set-Cookie", await toastCookie.serialize(toast));
  return redirect(url, { headers });
}
