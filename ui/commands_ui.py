"""`dccs ui`: start the web app on this computer only (127.0.0.1).

The command replaces itself with ``streamlit run ui/app.py`` (``os.execve``), so
stopping ``dccs ui`` (Ctrl+C, SIGTERM) stops the server; on Windows, which has no
exec, it runs a child and stops it on Ctrl+C. The knowledge base path travels in
``DCCS_KB``. Options are passed on the command line so no
config file in the user's working directory can change them.
"""
from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

from ui.common import fail, kb_path
from ui.format import SERVER_UPLOAD_CAP_MB

APP = Path(__file__).resolve().parent / "app.py"


def register(sub, parent) -> None:
    p = sub.add_parser("ui", parents=[parent], help="mở giao diện web (Streamlit) trên máy này",
                       description="Chạy ứng dụng web tại http://127.0.0.1:PORT. Nếu chưa có cơ sở "
                                   "dữ liệu tri thức, ứng dụng đề nghị xây dựng (có thanh tiến độ).")
    p.add_argument("--port", type=int, default=8501, help="cổng (mặc định 8501)")
    p.add_argument("--browser", action="store_true", help="tự mở trình duyệt")
    p.set_defaults(func=cmd_ui)


def streamlit_command(port: int, *, open_browser: bool = False) -> list[str]:
    """The exact command line: loopback only, headless, no usage statistics."""
    return [
        sys.executable, "-m", "streamlit", "run", str(APP),
        "--server.address", "127.0.0.1",
        "--server.port", str(port),
        "--server.headless", "false" if open_browser else "true",
        "--server.maxUploadSize", str(SERVER_UPLOAD_CAP_MB),
        "--server.fileWatcherType", "none",
        "--browser.gatherUsageStats", "false",
        "--browser.serverAddress", "127.0.0.1",
        "--client.toolbarMode", "minimal",
        "--client.showErrorDetails", "none",
        "--theme.base", "light",
    ]


def port_free(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        # As the server will: a port left in TIME_WAIT by a previous run is free.
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def cmd_ui(args) -> int:
    if not 1 <= args.port <= 65535:
        return fail(f"cổng {args.port} không hợp lệ (1–65535).")
    if not port_free(args.port):
        return fail(f"cổng {args.port} đang được dùng: chọn cổng khác bằng --port.")
    env = dict(os.environ, DCCS_KB=str(kb_path(args)), PYTHONUTF8="1")
    print(f"Mở http://127.0.0.1:{args.port} trong trình duyệt (Ctrl+C để dừng). "
          f"Cơ sở dữ liệu: {env['DCCS_KB']}", file=sys.stderr)
    cmd = streamlit_command(args.port, open_browser=args.browser)
    sys.stdout.flush()
    sys.stderr.flush()
    if hasattr(os, "execve") and os.name == "posix":
        # Become the server: Ctrl+C, SIGTERM or a service manager stopping `dccs ui` reach
        # Streamlit itself, so no server is left running behind a stopped command.
        os.execve(cmd[0], cmd, env)
    # Windows has no real exec (os.execve starts a new process and returns): run a child and
    # stop it with this process.
    proc = subprocess.Popen(cmd, env=env)
    try:
        return proc.wait()
    except KeyboardInterrupt:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        print("Đã dừng.", file=sys.stderr)
        return 0
