"""Stopping `dccs ui` stops the web server (issue 11, item 5).

Runs the real command on a free loopback port, waits for Streamlit's health
endpoint, sends SIGTERM to the process that was started, and requires the port
to close: no Streamlit child may survive its parent.
"""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[1]

pytestmark = [pytest.mark.skipif(os.name != "posix", reason="SIGTERM and exec are POSIX"),
              pytest.mark.slow]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def port_open(port: int) -> bool:
    with socket.socket() as s:
        s.settimeout(1)
        return s.connect_ex(("127.0.0.1", port)) == 0


def servers_on(port: int) -> list[int]:
    """Pids of live processes started as a Streamlit server on ``port`` (read from /proc)."""
    pids = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            argv = (entry / "cmdline").read_bytes().split(b"\0")
            state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if state != "Z" and b"streamlit" in b" ".join(argv) and str(port).encode() in argv:
            pids.append(int(entry.name))
    return pids


def test_sigterm_to_dccs_ui_closes_the_port(kb_path, tmp_path):
    port = free_port()
    env = dict(os.environ, PYTHONPATH=str(PROJECT))
    log = tmp_path / "ui.log"
    with open(log, "wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", "ui.cli", "ui", "--port", str(port), "--kb", str(kb_path)],
                                cwd=PROJECT, env=env, stdout=out, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 90
        while True:
            assert proc.poll() is None, f"dccs ui exited with {proc.returncode}:\n{log.read_text()[-3000:]}"
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            assert time.monotonic() < deadline, f"not healthy after 90 s:\n{log.read_text()[-3000:]}"
            time.sleep(0.5)
        assert port_open(port)
        if Path("/proc/self/cmdline").exists():
            assert servers_on(port) == [proc.pid]  # dccs ui became the server: no child of its own
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=20)
        deadline = time.monotonic() + 10
        while port_open(port) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not port_open(port), "the Streamlit server still listens after dccs ui was stopped"
        if Path("/proc/self/cmdline").exists():
            assert servers_on(port) == [], "a Streamlit process outlived dccs ui"
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
