"""Reading a PolNeAR snapshot (a bare git directory) for the benchmarks; nothing is written.

The texts are publishers' articles: scripts that use this keep them in memory or write
them outside the repository, never into it.
"""
from __future__ import annotations

import subprocess
import sys


def git(git_dir: str, *args: str) -> bytes:
    return subprocess.run(["git", "--git-dir", git_dir, *args], check=True, stdout=subprocess.PIPE).stdout


def read_blobs(git_dir: str, specs: list[str]) -> dict[str, bytes]:
    """Many ``rev:path`` blobs with one ``git cat-file --batch``."""
    out = subprocess.run(["git", "--git-dir", git_dir, "cat-file", "--batch"], check=True,
                         input=("\n".join(specs) + "\n").encode(), stdout=subprocess.PIPE).stdout
    blobs, pos = {}, 0
    for spec in specs:
        nl = out.index(b"\n", pos)
        header = out[pos:nl].decode()
        if header.endswith("missing"):
            sys.exit(f"{spec} is missing from {git_dir}: is it a networkdynamics/PolNeAR snapshot?")
        size = int(header.split()[2])
        blobs[spec] = out[nl + 1 : nl + 1 + size]
        pos = nl + 1 + size + 1
    return blobs
