"""The enterprise and inspector registers: views, edit dialogs and the Excel register import."""
