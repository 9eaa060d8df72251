ALTER TABLE `class_members` ADD `lookalike_key` text;--> statement-breakpoint
CREATE UNIQUE INDEX `class_members_class_lookalike` ON `class_members` (`class_id`,`lookalike_key`);--> statement-breakpoint
CREATE INDEX `attempts_assignment` ON `attempts` (`assignment_id`) WHERE "attempts"."assignment_id" is not null;