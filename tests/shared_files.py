"""Where the tests find files that are not in the repository: the one definition of `REFDATA`.

CI has shared/ beside the checkout (see refdata/README.md); the files of other tools are not copied
into the repository. NETMAP_REFDATA names another place (a git worktree is not beside shared/).
"""

from __future__ import annotations

import os
from pathlib import Path

REFDATA = Path(os.environ.get("NETMAP_REFDATA") or Path(__file__).resolve().parents[1].parent / "shared" / "refdata")
