"""How a project is stored: the schema, its migrations, the database connection and the lock."""
