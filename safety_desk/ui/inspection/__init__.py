"""An inspection day: the inspections page, new inspection and campaign dialogs, the checklist walk, enforcement outcomes."""
