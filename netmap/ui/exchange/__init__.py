"""Files in and out: import with a preview, export, printing, posters of the live map, the results protocol."""
