"""One exception family, so callers can catch realpolitik failures without catching everything."""


class RealpolitikError(Exception):
    """Base class for every error this package raises on purpose."""


class InputError(RealpolitikError):
    """An input (file, line, option) that cannot be used; the message names it and says why."""


class StoreError(RealpolitikError):
    """The database could not be opened, migrated or written."""


class DictionaryError(RealpolitikError):
    """A dictionary or pattern file entry is malformed."""
