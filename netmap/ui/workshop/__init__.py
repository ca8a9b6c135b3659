"""The workshop: the guided method, the participants' phones, the room's votes and proposals."""
