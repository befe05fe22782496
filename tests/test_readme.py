"""Every shell and Python block of the README runs (docs test); markers are described in the README.

Blocks run in README order in one scratch directory (a copy of ``examples/``; ``.venv`` links to the
environment running the tests), so a Python block can read the database a shell block above made.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import REPO

README = REPO / "README.md"
SHELL = {"bash", "sh", "shell", "console"}
FENCE = re.compile(r"^```(\w*)\s*$")
MARKER = re.compile(r"^<!--\s*readme-test:\s*(skip|synopsis|installed)\b.*-->\s*$")
INSTALL_STEP = re.compile(r"^(python3? -m venv|\.venv/bin/pip install)\b")


@dataclass
class Block:
    line: int  # 1-based line of the opening fence
    lang: str
    code: str
    marker: str | None


def blocks(text: str) -> list[Block]:
    out: list[Block] = []
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        m = FENCE.match(lines[i])
        if not m:
            i += 1
            continue
        j = i + 1
        while j < len(lines) and not lines[j].startswith("```"):
            j += 1
        prev = lines[i - 1].strip() if i else ""
        mark = MARKER.match(prev)
        out.append(Block(i + 1, m.group(1).lower(), "\n".join(lines[i + 1:j]), mark.group(1) if mark else None))
        i = j + 1
    return out


ALL = blocks(README.read_text(encoding="utf-8"))
RUNNABLE = [b for b in ALL if b.lang in SHELL | {"python"}]


def test_parser_sees_markers_and_languages() -> None:
    sample = "x\n<!-- readme-test: skip (server) -->\n```bash\nserve\n```\n```python\nprint(1)\n```\n```\nart\n```\n"
    found = blocks(sample)
    assert [(b.lang, b.marker, b.code) for b in found] == [("bash", "skip", "serve"), ("python", None, "print(1)"),
                                                           ("", None, "art")]


def test_every_skip_says_why() -> None:
    text = README.read_text(encoding="utf-8").splitlines()
    for b in ALL:
        if b.marker in ("skip", "installed"):
            assert re.search(rf"{b.marker}\s*\(.+\)", text[b.line - 2]), f"README line {b.line - 1}: say why"


def test_readme_has_runnable_blocks() -> None:
    assert any(b.marker is None and b.lang == "python" for b in RUNNABLE)
    assert any(b.marker in (None, "installed") and b.lang in SHELL for b in RUNNABLE)


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("readme")
    shutil.copytree(REPO / "examples", work / "examples")
    (work / ".venv").symlink_to(Path(sys.prefix), target_is_directory=True)
    return work


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("REALPOLITIK_")}
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    env["COLUMNS"] = "200"
    return env


def _verb_help(words: list[str], cwd: Path) -> str:
    """``realpolitik WORDS --help``, descending into a command group when the next word is one of its verbs."""
    cmd = [sys.executable, "-m", "realpolitik", *words, "--help"]
    r = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, env=_env(), timeout=120)
    assert r.returncode == 0, f"`realpolitik {' '.join(words)}` is not a command: {r.stderr[-500:]}"
    return r.stdout


def _check_synopsis(code: str, cwd: Path) -> None:
    for raw in code.splitlines():
        line = raw.split("  #", 1)[0].strip()
        for part in re.split(r"(?=\brealpolitik\s)", line):
            tokens = shlex.split(part.replace("|", " "))
            if not tokens or tokens[0] != "realpolitik":
                continue
            verb = [tokens[1]]
            help_text = _verb_help(verb, cwd)
            if len(tokens) > 2 and re.search(rf"^\W*{re.escape(tokens[2])}\b", help_text, re.M) \
                    and "Commands" in help_text:
                verb.append(tokens[2])
                help_text = _verb_help(verb, cwd)
            for opt in (t.split("=", 1)[0] for t in tokens if t.startswith("--")):
                assert opt in help_text, f"README synopsis: `realpolitik {' '.join(verb)}` has no {opt}"


@pytest.mark.parametrize("block", RUNNABLE, ids=[f"line{b.line}-{b.lang}" for b in RUNNABLE])
def test_readme_block_runs(block: Block, scratch: Path) -> None:
    if block.marker == "skip":
        pytest.skip(f"README line {block.line}: marked skip")
    if block.marker == "synopsis":
        _check_synopsis(block.code, scratch)
        return
    code = block.code
    if block.marker == "installed":
        code = without_install_steps(code)
    if block.lang == "python":
        cmd = [sys.executable, "-c", code]
    else:
        cmd = ["bash", "-euo", "pipefail", "-c", code]
    r = subprocess.run(cmd, cwd=scratch, capture_output=True, text=True, env=_env(), timeout=600)
    assert r.returncode == 0, f"README block at line {block.line} failed:\n{r.stdout[-2000:]}\n{r.stderr[-2000:]}"


def without_install_steps(code: str) -> str:
    """The block's commands minus the venv and pip steps of each ``&&`` chain."""
    lines = []
    for line in code.splitlines():
        steps = [s.strip() for s in line.split("&&")]
        kept = [s for s in steps if not INSTALL_STEP.match(s)]
        if kept:
            lines.append(" && ".join(kept))
    return "\n".join(lines)


def test_installed_marker_drops_only_install_steps() -> None:
    code = "python3 -m venv .venv && .venv/bin/pip install -q -e . && .venv/bin/realpolitik stats\necho hi"
    assert without_install_steps(code) == ".venv/bin/realpolitik stats\necho hi"


def test_synopsis_check_catches_unknown_verbs_and_options(scratch: Path) -> None:
    _check_synopsis("realpolitik events --actor TUR --format csv   # fine", scratch)
    with pytest.raises(AssertionError, match="has no --no-such-flag"):
        _check_synopsis("realpolitik events --no-such-flag", scratch)
    with pytest.raises(AssertionError, match="is not a command"):
        _check_synopsis("realpolitik no-such-verb", scratch)


def test_dependency_table_matches_pyproject() -> None:
    import tomllib

    deps = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    declared = {}
    for dep in deps:
        m = re.match(r"^([A-Za-z0-9_.-]+)\s*(.*)$", dep)
        assert m and m.group(2), f"{dep}: every dependency needs a version bound"
        assert "<" in m.group(2) or "==" in m.group(2), f"{dep}: bound it above (major versions tested)"
        declared[m.group(1)] = m.group(2).replace(" ", "")
    text = README.read_text(encoding="utf-8")
    table = text.split("<!-- DEPENDENCY-RANGES -->", 1)[1].split("<!-- /DEPENDENCY-RANGES -->", 1)[0]
    rows = dict(re.findall(r"^\| ([A-Za-z0-9_.-]+) \| (\S+) \|$", table, re.M))
    rows.pop("package", None)
    assert rows == declared
