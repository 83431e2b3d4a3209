"""The one-vote veto registers: accidents, illegal operations, blacklist and enforcement outcome models and dialogs."""
