import { expect, test } from "./fixtures";
test("probe", async ({ page, browser }) => {
  await page.goto("/?lang=en");
  console.log("cesky count", await page.getByRole("link", { name: "Česky" }).count());
  await page.goto("/login");
  page.on("response", (r) => { if (r.request().method() === "POST") console.log("POST", r.url(), r.status()); });
  await page.getByLabel("E-mail").fill("foreign@spolu.example");
  await page.getByLabel("Heslo").fill("wrong-password-123");
  await page.getByRole("button", { name: "Přihlásit se" }).click();
  await expect(page.getByRole("alert")).toHaveText("E-mail nebo heslo nesouhlasí.");
  const ctx = await browser.newContext();
  const p2 = await ctx.newPage();
  try { await p2.goto("/"); console.log("inherits baseURL", p2.url()); } catch (e) { console.log("no baseURL", String(e).slice(0,100)); }
  await ctx.close();
  const r = await page.request.post("/signup", { form: { role: "mayor", name: "", organisation: "", email: "", password: "" } });
  console.log("signup empty", r.status());
});
