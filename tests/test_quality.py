"""The code stays lint- and type-clean: ruff and mypy run as part of the suite, so CI enforces them."""

from __future__ import annotations

import shutil
import subprocess
import sys

from tests.conftest import REPO


def _tool(name: str) -> list[str]:
    exe = shutil.which(name, path=str(REPO / ".venv" / "bin")) or shutil.which(name)
    return [exe] if exe else [sys.executable, "-m", name]


def test_ruff_clean() -> None:
    proc = subprocess.run([*_tool("ruff"), "check", "src", "tests", "scripts", "benchmarks"],
                          cwd=REPO, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_mypy_clean() -> None:
    proc = subprocess.run([sys.executable, "-m", "mypy"], cwd=REPO, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
