"""Team mode: opening a map on a server, following colleagues' edits, conflicts."""
