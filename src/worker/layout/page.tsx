/** The frame of every page: German, a skip link, landmarks, the navigation, the stylesheet. */
import type { Child, FC } from "hono/jsx";
import { raw } from "hono/html";
import { SCRIPT_URL, STYLESHEET_URL } from "../static/assets";

export type NavLink = { href: string; text: string };

/** The main navigation. Routers add their entry here. */
export const NAV_LINKS: NavLink[] = [
  { href: "/", text: "Texte" },
  { href: "/wiederholen", text: "Wiederholen" },
  { href: "/fortschritt", text: "Mein Fortschritt" },
  { href: "/klassen/beitreten", text: "Klasse beitreten" },
  { href: "/live", text: "Live-Quiz" },
];

/** The head every page shares: German, responsive, the title, the stylesheet; `children` adds to it. */
export const PageHead: FC<{ title: string; children?: Child }> = ({ title, children }) => (
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>{`${title} – Quellenquiz`}</title>
    <link rel="stylesheet" href={STYLESHEET_URL} />
    {children}
  </head>
);

export const Layout: FC<{
  /** The page's own title; " – Quellenquiz" is appended. */
  title: string;
  /** Path of the navigation entry to mark as the current page. */
  current?: string;
  /** Full width (teacher pages with wide tables); others keep a readable line length. */
  wide?: boolean;
  children: Child;
}> = ({ title, current, wide, children }) => (
  <>
    {raw("<!DOCTYPE html>")}
    <html lang="de">
      <PageHead title={title}>
        <script src={SCRIPT_URL} defer></script>
      </PageHead>
      <body>
        <a class="skip-link" href="#inhalt">
          Zum Inhalt springen
        </a>
        <header class="site-header">
          <div class={wide ? "inner wide" : "inner"}>
            <a class="brand" href="/">
              Quellenquiz
            </a>
            <nav aria-label="Hauptnavigation">
              <ul>
                {NAV_LINKS.map((link) => (
                  <li>
                    <a href={link.href} aria-current={link.href === current ? "page" : undefined}>
                      {link.text}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          </div>
        </header>
        <main id="inhalt" tabindex={-1} class={wide ? "wide" : undefined}>
          {children}
        </main>
        <footer class={wide ? "site-footer wide" : "site-footer"}>
          <p>Quellenquiz: Fragen zu echten Nachrichtentexten, jede Antwort mit ihrer Textstelle.</p>
          <nav aria-label="Weitere Seiten">
            <a href="/klassen/neu">Für Lehrkräfte: Klasse anlegen</a> · <a href="/klassen/meine">Meine Klassen</a> ·{" "}
            <a href="/klassen/datenschutz">Datenschutz</a>
          </nav>
        </footer>
      </body>
    </html>
  </>
);
