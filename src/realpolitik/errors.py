"""One exception family, so callers can catch realpolitik failures without catching everything."""


class RealpolitikError(Exception):
    """Base class for every error this package raises on purpose.

    ``exit_code`` is what the CLI exits with when this error ends a command (see README, Exit codes).
    """

    exit_code: int = 1


class InputError(RealpolitikError):
    """An input (file, line, option) that cannot be used; the message names it and says why."""


class StoreError(RealpolitikError):
    """The database could not be opened, migrated or written."""


class StoreLockedError(StoreError):
    """Another process holds the database file; the message says which, and what to do."""

    exit_code = 3


# Exit codes of the CLI, documented in the README.
EXIT_OK = 0
EXIT_REJECTED = 1  # some input (file, line, option value) was rejected; the rest was processed
EXIT_USAGE = 2  # bad command line (click/typer's own usage errors)
EXIT_LOCKED = StoreLockedError.exit_code  # the database is in use by another process
EXIT_INTERNAL = 4  # a bug: an unexpected exception (the message asks to report it)
EXIT_INTERRUPTED = 130  # Ctrl-C; committed batches stay complete


class DictionaryError(RealpolitikError):
    """A dictionary or pattern file entry is malformed."""
