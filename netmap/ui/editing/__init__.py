"""Entering and editing the map: tables, inspector forms, quick entry, the edits they make, the clipboard."""
