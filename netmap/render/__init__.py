"""Drawing the map without windows: QtGui painting of plain map data, for the poster and the canvas."""
