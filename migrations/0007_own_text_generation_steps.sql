ALTER TABLE `own_texts` ADD `generation_next` integer;--> statement-breakpoint
ALTER TABLE `own_texts` ADD `generation_facts` text;--> statement-breakpoint
ALTER TABLE `own_texts` ADD `generation_questions` text;