/** A short message page, for errors and empty states. */
import type { FC } from "hono/jsx";
import { Layout } from "./page";

export const MessagePage: FC<{ title: string; message: string; link?: { href: string; text: string } }> = ({ title, message, link }) => (
  <Layout title={title}>
    <h1>{title}</h1>
    <p>{message}</p>
    <p>
      <a href={link?.href ?? "/"}>{link?.text ?? "Zur Startseite"}</a>
    </p>
  </Layout>
);
