"""The organisation layer: roles, priority model, communications, regulations, ATT&CK, contacts."""
