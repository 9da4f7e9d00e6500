import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import {
  Form,
  Link,
  Links,
  Meta,
  NavLink,
  Outlet,
  Scripts,
  ScrollRestoration,
  isRouteErrorResponse,
  useLocation,
  useMatches,
  useRouteError,
  useRouteLoaderData,
} from "@remix-run/react";
import type { ReactNode } from "react";
import appCss from "./styles/app.css";
import {
  DEFAULT_LOCALE,
  LANGUAGES,
  LOCALES,
  isCoreMessagesOnly,
  messagesUrl,
  translator,
  type Locale,
} from "./i18n";
import { getLocale, persistLocaleHeader } from "./utils/locale.server";
import { getOptionalUser } from "./utils/session.server";
import { getToast } from "./utils/toast.server";
import { useNonce } from "./utils/nonce";
import { userHasPermission } from "./utils/permissions";
import { SiteMenu } from "./components/site-menu";
import { Toast } from "./components/toast";
import { getDb } from "./utils/db.server";
import { appUrl, mapTiles } from "./utils/env.server";
import { countUnread } from "./models/notification.server";
import { countPendingMunicipalities } from "./models/municipality.server";
import { countOpenClaims } from "./models/claim.server";
import { countPendingOffers } from "./models/offer.server";
import { countContactsForReview } from "./models/contact-view.server";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: appCss },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export const meta: MetaFunction = () => [{ title: "Spolu" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const [locale, user, { toast, clearHeader }, langHeader] = await Promise.all([
    getLocale(request),
    getOptionalUser(request),
    getToast(request),
    persistLocaleHeader(request),
  ]);
  const db = getDb();
  const [unread, pending] = user
    ? await Promise.all([
        countUnread(db, user.id),
        userHasPermission(user, "moderate:offer:any")
          ? Promise.all([
              countPendingOffers(db),
              countPendingMunicipalities(db),
              countContactsForReview(db),
              countOpenClaims(db),
            ]).then((counts) => counts.reduce((sum, n) => sum + n, 0))
          : 0,
      ])
    : [0, 0];
  const headers = new Headers();
  if (clearHeader) headers.append("Set-Cookie", clearHeader);
  if (langHeader) headers.append("Set-Cookie", langHeader);
  return data(
    {
      locale,
      toast,
      user: user
        ? { id: user.id, name: user.name, role: user.role, organisation: user.organisation }
        : null,
      unread,
      pending,
      mapTiles: mapTiles(),
      origin: appUrl(),
    },
    { headers },
  );
}

/** The six languages by their own names; a plain link each, so it works before hydration. */
function LanguageMenu({ locale }: { locale: Locale }) {
  const location = useLocation();
  const t = translator(locale);
  const hrefFor = (code: Locale) => {
    const params = new URLSearchParams(location.search);
    params.set("lang", code);
    return `${location.pathname}?${params}`;
  };
  return (
    <details className="lang-menu">
      <summary>
        <span className="visually-hidden">{t("lang.label")}: </span>
        {LANGUAGES[locale].name}
      </summary>
      <ul>
        {LOCALES.map((code) => (
          <li key={code}>
            <a
              href={hrefFor(code)}
              hrefLang={code}
              lang={code}
              aria-current={code === locale ? "true" : undefined}
            >
              {LANGUAGES[code].name}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}

function Header() {
  const rootData = useRouteLoaderData<typeof loader>("root");
  const locale = rootData?.locale ?? DEFAULT_LOCALE;
  const user = rootData?.user ?? null;
  const unread = rootData?.unread ?? 0;
  const pending = rootData?.pending ?? 0;
  const t = translator(locale);
  // On a wide screen the account's links share the brand's line and the main links have
  // one of their own, so neither wraps at 1280 px; on a phone both are behind the menu.
  return (
    <header className="site-header">
      <div className="container header-row">
        <Link to="/" className="brand">
          <span className="brand-name">{t("app.name")}</span>
          <span className="brand-tagline">{t("app.tagline")}</span>
        </Link>
        <LanguageMenu locale={locale} />
        <SiteMenu navId="site-nav" label={t("nav.menu")}>
          <nav id="site-nav" aria-label={t("nav.label")} className="main-nav">
            <ul className="nav-account">
              {user ? (
                <>
                  <li>
                    <NavLink
                      to="/notifications"
                      aria-label={
                        unread > 0 ? t("nav.notifications", { count: unread }) : t("nav.inbox")
                      }
                    >
                      {t("nav.inbox")}
                      {unread > 0 ? <span className="nav-count"> ({unread})</span> : null}
                    </NavLink>
                  </li>
                  <li>
                    <NavLink to="/me">{t("nav.me")}</NavLink>
                  </li>
                  <li>
                    <Form method="post" action="/logout">
                      <button type="submit" className="link-button">
                        {t("nav.logout")}
                      </button>
                    </Form>
                  </li>
                </>
              ) : (
                <>
                  <li>
                    <NavLink to="/login">{t("nav.login")}</NavLink>
                  </li>
                  <li>
                    <NavLink to="/signup" className="nav-cta">
                      {t("nav.signup")}
                    </NavLink>
                  </li>
                </>
              )}
            </ul>
            <ul className="nav-primary">
              <li>
                <NavLink to="/offers" end>
                  {t("nav.offers")}
                </NavLink>
              </li>
              <li>
                <NavLink to="/municipalities" end>
                  {t("nav.municipalities")}
                </NavLink>
              </li>
              <li>
                <NavLink to="/map">{t("nav.map")}</NavLink>
              </li>
              {userHasPermission(user, "read:match:own") ||
              userHasPermission(user, "read:match:any") ? (
                <li>
                  <NavLink to="/matches">{t("nav.matches")}</NavLink>
                </li>
              ) : null}
              {userHasPermission(user, "read:contact:own") ||
              userHasPermission(user, "read:contact:any") ? (
                <li>
                  <NavLink to="/contacts">{t("nav.contacts")}</NavLink>
                </li>
              ) : null}
              <li>
                <NavLink to="/partnerships">{t("nav.partnerships")}</NavLink>
              </li>
              <li>
                <NavLink to="/funding">{t("nav.funding")}</NavLink>
              </li>
              {userHasPermission(user, "create:offer:own") ? (
                <li>
                  <NavLink to="/offers/new">{t("nav.newOffer")}</NavLink>
                </li>
              ) : null}
              {userHasPermission(user, "read:admin:any") ? (
                <li>
                  <NavLink to="/admin">
                    {t("nav.admin")}
                    {pending > 0 ? <span className="nav-count"> ({pending})</span> : null}
                  </NavLink>
                </li>
              ) : null}
            </ul>
          </nav>
        </SiteMenu>
      </div>
      {user ? (
        <div className="signed-in">
          <div className="container">
            {t("nav.signedInAs", { name: user.name })} · {t(`role.${user.role}`)}
            {user.organisation ? ` · ${user.organisation}` : ""}
          </div>
        </div>
      ) : null}
    </header>
  );
}

function Footer() {
  const rootData = useRouteLoaderData<typeof loader>("root");
  const t = translator(rootData?.locale ?? DEFAULT_LOCALE);
  return (
    <footer className="site-footer">
      <div className="container">
        <p>{t("footer.operator")}</p>
        <p className="attribution">{t("footer.attribution")}</p>
        <p className="attribution">{t("register.attribution")}</p>
        <nav aria-label={t("footer.legal")}>
          <ul className="footer-links">
            <li>
              <Link to="/about">{t("footer.about")}</Link>
            </li>
            <li>
              <Link to="/help">{t("footer.help")}</Link>
            </li>
            <li>
              <Link to="/privacy">{t("footer.privacy")}</Link>
            </li>
            <li>
              <Link to="/terms">{t("footer.terms")}</Link>
            </li>
            <li>
              <Link to="/open-data">{t("footer.openData")}</Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}

/** This address, for search engines: the same page reached with empty filters is one page. */
function Canonical({ origin }: { origin: string | undefined }) {
  const location = useLocation();
  if (!origin) return null;
  const search = new URLSearchParams(
    [...new URLSearchParams(location.search)].filter(([, value]) => value !== ""),
  ).toString();
  return (
    <link rel="canonical" href={`${origin}${location.pathname}${search ? `?${search}` : ""}`} />
  );
}

/** The same page in each language, for search engines (the x-default chooses by browser). */
function LanguageAlternates({ origin }: { origin: string | undefined }) {
  const location = useLocation();
  if (!origin) return null;
  const params = new URLSearchParams(location.search);
  params.delete("lang");
  const href = (code: Locale | null) => {
    const query = new URLSearchParams(params);
    if (code) query.set("lang", code);
    const search = query.toString();
    return `${origin}${location.pathname}${search ? `?${search}` : ""}`;
  };
  return (
    <>
      {LOCALES.map((code) => (
        <link key={code} rel="alternate" hrefLang={code} href={href(code)} />
      ))}
      <link rel="alternate" hrefLang="x-default" href={href(null)} />
    </>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  const rootData = useRouteLoaderData<typeof loader>("root");
  const locale = rootData?.locale ?? DEFAULT_LOCALE;
  const nonce = useNonce();
  const t = translator(locale);
  // Which messages the browser loads before hydrating (entry.client.tsx). A signed-in
  // person's home page is their start page, whose texts are not core: they load all.
  const matches = useMatches();
  const coreMessagesOnly =
    !rootData?.user && matches.every((m) => m.id === "root" || isCoreMessagesOnly(m.handle));
  return (
    <html lang={locale} data-messages={coreMessagesOnly ? "core" : "all"}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
        {/* Fetched with the page's other scripts: hydration waits for them (entry.client.tsx). */}
        <link rel="modulepreload" href={messagesUrl(locale, "core")} />
        {coreMessagesOnly ? null : <link rel="modulepreload" href={messagesUrl(locale, "more")} />}
        <Canonical origin={rootData?.origin} />
        <LanguageAlternates origin={rootData?.origin} />
        {/* Lets browsers and feed readers find the feed of new offers from any page. */}
        <link
          rel="alternate"
          type="application/atom+xml"
          href={locale === DEFAULT_LOCALE ? "/feed.xml" : `/feed.xml?lang=${locale}`}
          title={t("feed.title")}
        />
      </head>
      <body>
        <a href="#main" className="skip-link">
          {t("skip.toMain")}
        </a>
        <Header />
        {rootData?.toast ? <Toast toast={rootData.toast} /> : null}
        <main id="main" className="container">
          {children}
        </main>
        <Footer />
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  const error = useRouteError();
  const rootData = useRouteLoaderData<typeof loader>("root");
  const t = translator(rootData?.locale ?? DEFAULT_LOCALE);
  let title = t("error.genericTitle");
  let message = t("error.generic");
  if (isRouteErrorResponse(error)) {
    if (error.status === 404) {
      title = t("error.notFoundTitle");
      message = t("error.notFound");
    } else if (error.status === 403) {
      title = t("error.forbiddenTitle");
      message = t("error.forbidden");
    } else if (error.status === 400) {
      title = t("error.badRequestTitle");
      message = typeof error.data === "string" && error.data ? error.data : t("error.generic");
    }
  } else {
    console.error(error);
  }
  return (
    <section className="error-page" aria-labelledby="error-title">
      <h1 id="error-title">{title}</h1>
      <p>{message}</p>
      <p>
        <Link to="/">{t("error.home")}</Link>
      </p>
    </section>
  );
}
