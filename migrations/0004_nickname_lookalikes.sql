ALTER TABLE `class_members` ADD `lookalike_key` text;--> statement-breakpoint
CREATE UNIQUE INDEX `class_members_class_lookalike` ON `class_members` (`class_id`,`lookalike_key`);