"""The main window and its parts: menus, docks, the project's life cycle, presentation mode, tie kinds."""
