"""The checklist template browser: template list, section/item/point tree, the eight columns of a point."""
