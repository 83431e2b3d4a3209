"""Official enforcement documents: issuing (签发), the register (发文登记), the unit and numbering settings."""
