"""Reports built from the store: the tertial follow-up. No rules of their own."""
