"""Simulated phones in a process of their own: `python phones.py PORT CODE PHONES PROPOSALS FIRST_ADDRESS`.

Real phones do not share the laptop's Python interpreter; simulated ones in threads of the test
process would (its GIL), and so would slow down the very event loop a test measures. Prints one
JSON list per phone with the HTTP status of each proposal.
"""

from __future__ import annotations

import json
import secrets
import sys
import threading
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1]))

from participation.conftest import Phone


def main() -> None:
    port, code, phones, proposals = int(sys.argv[1]), sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    first = int(sys.argv[5].rsplit(".", 1)[1])
    prefix = sys.argv[5].rsplit(".", 1)[0]
    results: list[list[int]] = [[] for _ in range(phones)]
    tag = secrets.token_hex(3)

    def participate(number: int) -> None:
        phone = Phone(port, f"{prefix}.{first + number}")
        results[number] = [phone.propose(code, kind="actor", name=f"Telefon {tag} {number}.{k}").status
                           for k in range(proposals)]

    threads = [threading.Thread(target=participate, args=(n,)) for n in range(phones)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    print(json.dumps(results))


if __name__ == "__main__":
    main()
