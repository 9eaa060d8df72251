ALTER TABLE `assignments` ADD `open_from` text;--> statement-breakpoint
ALTER TABLE `assignments` ADD `closes_at_due` integer DEFAULT false NOT NULL;