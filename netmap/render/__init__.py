"""Drawing the map without windows: QtGui painting of plain map data, for the poster and the canvas.

The layer between the services and the UI (see the import contract in pyproject.toml): it may use
QtGui, never QtWidgets, so it draws in any thread that owns its QPdfWriter, QSvgGenerator or
QImage. `figures`, `ties` and `clusters` paint an actor, a tie and a cluster (the canvas's items
hold them too, so screen and poster look alike); `map_rules` (Qt-free: the label rule at a
zoom, measure shares, catalogue order) and `labels` decide which labels show and where;
`legend` explains the colours; `drawing` draws a whole map from a
`netmap.map_picture.MapPicture`; `poster`, `page`, `poster_panel` and `words` make a poster of
it; `style` is the look of both.
"""
