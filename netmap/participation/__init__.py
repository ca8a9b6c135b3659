"""Participation from the room: participants' phones propose actors, ties, ratings and dots
(issue 19). `proposals` reads and checks what arrives, `desk` keeps the moderation queue,
`votes` sums up the room's ratings, `server` serves the participant page over the room's network.
"""
