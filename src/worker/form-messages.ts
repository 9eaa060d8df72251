/**
 * zod's own messages are English and technical ("Invalid input: expected string, received array"). Every field a
 * person fills in has a German message of its own; what is left is input no page of this app sends: a field twice
 * (a script, a form copied twice into one post), a checkbox with another value, text where a file belongs. That
 * gets one German sentence, which addresses neither "du" nor "Sie" (learners and teachers read it). Set once for
 * the whole Worker, zod's global configuration: a message a schema gives itself still wins.
 */
import * as z from "zod";

export const UNREADABLE_FIELD = "Ein Feld dieses Formulars kam anders an, als die Seite es sendet. Bitte die Seite neu laden und noch einmal absenden.";

z.config({ customError: () => UNREADABLE_FIELD });
