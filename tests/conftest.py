from __future__ import annotations

from typing import Any

import pytest

from tests import personas


@pytest.fixture
def people(db: Any) -> dict[str, Any]:
    """Alva the communicator, Erik and Sara (editors-to-be), Maja the manager, Rolf the
    registrar, Arkiv the archivist, Admin the system administrator and Nils with no role."""
    return personas.load()


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, Any]) -> dict[str, Any]:
    return {
        **browser_type_launch_args,
        "executable_path": "/usr/bin/chromium",
        "args": ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"],
    }
