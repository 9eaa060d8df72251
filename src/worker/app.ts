import { Hono } from "hono";

export const app = new Hono<{ Bindings: Env }>();
app.get("/", (c) => c.text("Quellenquiz"));
