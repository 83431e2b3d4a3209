"""Moving data between laptops and the office: data package dialogs and the conflicts view."""
