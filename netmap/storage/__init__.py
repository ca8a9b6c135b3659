"""How a project is stored: a SQLite file or a PostgreSQL schema (`database.py`), the tables and their
migrations, the lock of a file, and the checks that keep two users' edits apart (`versions.py`)."""
