"""Browser and server tests reuse the live-server fixtures of the API tests."""

from tests.api.conftest import LiveServer, examples_db, live, start_server  # noqa: F401
