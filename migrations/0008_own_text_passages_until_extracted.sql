-- Custom SQL (drizzle-kit cannot express triggers): a text's passages are set once, by the request that
-- extracts its facts after it was stored (generation_next -1, see src/worker/own-texts/prepare.ts);
-- from then on, text and passages never change, since questions point into them.
DROP TRIGGER `own_texts_text_immutable`;--> statement-breakpoint
CREATE TRIGGER `own_texts_text_immutable` BEFORE UPDATE OF `text`, `passages` ON `own_texts`
WHEN NEW.`text` IS NOT OLD.`text` OR (NEW.`passages` IS NOT OLD.`passages` AND OLD.`generation_next` IS NOT -1)
BEGIN
	SELECT RAISE(ABORT, 'own_texts.text and own_texts.passages are immutable');
END;
