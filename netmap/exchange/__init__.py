"""Maps in and out of files: readers give a plain `MapState`, writers take one.

Merging what was read into a project, previews and undo are the business of the callers; this package
only turns files into maps and maps into files, and refuses bad or hostile files with an
`ExchangeError` that names the place (see `netmap.exchange.safety` for the guards and decisions).

    read_map(path) / write_map(state, path)   by extension, see SUPPORTED_IMPORTS / SUPPORTED_EXPORTS
    read_graphml, write_graphml               GraphML (yEd, Gephi, SocNetV, igraph)
    read_gexf, read_gexf_timeline, write_gexf GEXF 1.1-1.3 (Gephi), dynamic files too
    read_pajek                                Pajek .net/.paj/.pajek
    read_ucinet                               UCINET DL
    read_csv, write_csv                       CSV node and edge lists
    read_kumu, write_kumu                     Kumu workbooks (Elements/Connections)

No Qt widgets here: the module is used by the command line, the app and tests alike. Its messages go
through Qt's translation system (`netmap.i18n.tr`, context "Errors").
"""

from netmap.exchange.csvlists import read_csv, write_csv
from netmap.exchange.errors import ExchangeError, Place
from netmap.exchange.formats import (
    SUPPORTED_EXPORTS,
    SUPPORTED_IMPORTS,
    read_map,
    write_map,
)
from netmap.exchange.gexf import read_gexf, read_gexf_timeline, write_gexf
from netmap.exchange.graphml import read_graphml, write_graphml
from netmap.exchange.kumu import read_kumu, write_kumu
from netmap.exchange.pajek import read_pajek
from netmap.exchange.ucinet import read_ucinet

__all__ = [
    "SUPPORTED_EXPORTS",
    "SUPPORTED_IMPORTS",
    "ExchangeError",
    "Place",
    "read_csv",
    "read_gexf",
    "read_gexf_timeline",
    "read_graphml",
    "read_kumu",
    "read_map",
    "read_pajek",
    "read_ucinet",
    "write_csv",
    "write_gexf",
    "write_graphml",
    "write_kumu",
    "write_map",
]
