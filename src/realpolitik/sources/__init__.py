"""Input readers: text (with front matter), JSONL, HTML, directories and stdin → ``Article``/``Rejected``."""

from realpolitik.sources.reader import KNOWN_EXTENSIONS, read_file, read_inputs

__all__ = ["KNOWN_EXTENSIONS", "read_file", "read_inputs"]
