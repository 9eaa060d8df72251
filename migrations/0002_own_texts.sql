CREATE TABLE `own_questions` (
	`id` text PRIMARY KEY NOT NULL,
	`text_id` text NOT NULL,
	`position` integer,
	`question` text NOT NULL,
	`replaces` text,
	`retired_at` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsecond') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`text_id`) REFERENCES `own_texts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `own_questions_text_position` ON `own_questions` (`text_id`,`position`);--> statement-breakpoint
CREATE TABLE `own_texts` (
	`id` text PRIMARY KEY NOT NULL,
	`class_id` text NOT NULL,
	`title` text NOT NULL,
	`source` text,
	`date` text,
	`text` text NOT NULL,
	`passages` text NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`quiz_size` integer NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsecond') * 1000 as integer)) NOT NULL,
	`published_at` integer,
	FOREIGN KEY (`class_id`) REFERENCES `classes`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `own_texts_class_created` ON `own_texts` (`class_id`,`created_at`);