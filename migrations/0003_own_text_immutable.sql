-- Custom SQL (drizzle-kit cannot express triggers): evidence offsets point into an own text, so its
-- text and passages never change once stored. Title, source, date, status and quiz size may.
CREATE TRIGGER `own_texts_text_immutable` BEFORE UPDATE OF `text`, `passages` ON `own_texts`
WHEN NEW.`text` IS NOT OLD.`text` OR NEW.`passages` IS NOT OLD.`passages`
BEGIN
	SELECT RAISE(ABORT, 'own_texts.text and own_texts.passages are immutable');
END;
