from __future__ import annotations

from pathlib import Path

import pytest

from fazhi.reading import read

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES


def read_text(text: str, encoding: str = "utf-8"):
    """Read ``text`` as the bytes of a file in ``encoding``."""
    return read(text.encode(encoding), name="<test>")


def fixture_text(name: str) -> str:
    return (FIXTURES / name).read_text("utf-8")
