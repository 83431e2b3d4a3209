"""What every ui/ capability shares: the record table model, the background worker, event pumping, dialogs, the error hook, fonts, translations and small Qt helpers."""
