"""NetMap's user interface: every Qt widget lives here, the core never imports it."""
