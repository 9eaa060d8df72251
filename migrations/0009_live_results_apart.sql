DROP INDEX `assignments_class_quiz`;--> statement-breakpoint
ALTER TABLE `assignments` ADD `live_at` integer;--> statement-breakpoint
CREATE UNIQUE INDEX `assignments_class_quiz_live` ON `assignments` (`class_id`,`quiz_id`,`live_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `assignments_class_quiz` ON `assignments` (`class_id`,`quiz_id`) WHERE "assignments"."live_at" is null;--> statement-breakpoint
ALTER TABLE `attempts` ADD `closed_at` integer;