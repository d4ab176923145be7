"""First use: the knowledge base, the link graph and the search index, in one pass.

``prepare(kb_path)`` brings all three up to date with one progress callback
(stage, done, total, overall fraction); the command line's first use and
the web app call it. Each stage is resumable on its own: ingest writes one
transaction (a cut-off ingest leaves nothing), the graph writes one
transaction per build and skips sources it already holds, and the search
index is built in a ``.search.tmp-PID`` folder that replaces the old one
only when complete (``kb.search.index`` removes dead temporary folders
before it builds). Running ``prepare`` again after a kill therefore resumes
at the first stage that is not done.

The web app runs it in a separate process (``python -m pipeline.prepare --kb PATH``)
so that the build outlives any browser session: ``start_background`` starts
at most one such process per knowledge base (an exclusive ``flock`` on
``<kb>.prepare.lock`` held for the whole build), and the process writes its
progress to ``<kb>.prepare.json``, which every session reads
(``read_status``).
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable

from kb.store import Store

#: Stages in order, with their Vietnamese names and their share of the bar
#: (measured on the whole corpus: ingest ~25 %, graph ~30 %, search index ~45 %).
STAGES = (("kb", "Nạp văn bản vào cơ sở dữ liệu", 0.25),
          ("graph", "Dựng đồ thị liên kết", 0.30),
          ("search", "Dựng chỉ mục tìm kiếm", 0.45))
STAGE_LABELS = {name: label for name, label, _ in STAGES}


@dataclass(frozen=True)
class Step:
    """One progress report: where the build is, for one display."""

    stage: str  # "kb" | "graph" | "search" | "done"
    done: int
    total: int
    label: str  # the file or article being processed
    fraction: float  # overall, 0..1

    @property
    def text(self) -> str:
        if self.stage == "done":
            return "Đã sẵn sàng: cơ sở dữ liệu, đồ thị liên kết và chỉ mục tìm kiếm."
        return f"{STAGE_LABELS[self.stage]}: {self.done}/{self.total}"


Callback = Callable[[Step], None]


@dataclass
class Report:
    seconds: dict[str, float] = field(default_factory=dict)  # stage → wall seconds (0 when up to date)
    cpu: dict[str, float] = field(default_factory=dict)  # stage → CPU seconds, this process + workers
    ingested: int = 0  # source files (re)read
    rejected: list[tuple[str, str]] = field(default_factory=list)  # (path, Vietnamese reason)
    edges: int = 0
    articles_indexed: int = 0


def _stage_callback(stage: str, progress: Callback | None) -> Callable[[int, int, str], None] | None:
    if progress is None:
        return None
    before = 0.0
    for name, _, share in STAGES:
        if name == stage:
            break
        before += share
    share = dict((n, s) for n, _, s in STAGES)[stage]

    def cb(n: int, total: int, label: str) -> None:
        frac = before + share * min(n / max(total, 1), 1.0)
        progress(Step(stage, n, total, str(label), round(frac, 4)))
    return cb


def _cpu() -> float:
    import resource

    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def kb_is_empty(path: Path) -> bool:
    if not path.exists():
        return True
    with Store(path, readonly=True) as s:
        return s.counts()["units"] == 0


def prepare(kb_path: str | Path, *, sources: list[Path] | None = None, progress: Callback | None = None,
            ingest_always: bool = False, workers: int | None = None) -> Report:
    """Build what is missing or stale: KB (when empty, or always with ``ingest_always``), graph, index.

    Raises ``kb.store.KBError`` / ``pipeline.ingest.CorpusMissing`` /
    ``kb.search.SearchIndexError`` with a Vietnamese message.
    """
    from kb.graph import build_graph
    from pipeline.ingest import default_sources, ingest
    from kb.search.index import SearchIndex

    path = Path(kb_path)
    report = Report()
    t, c = time.perf_counter(), _cpu()
    if ingest_always or kb_is_empty(path):
        with Store(path) as store:
            files = ingest(store, sources if sources is not None else default_sources(),
                           progress=_stage_callback("kb", progress))
        report.ingested = sum(1 for f in files if f.state == "ok")
        report.rejected = [(str(f.path), f.problem) for f in files if f.state == "rejected"]
    report.seconds["kb"], report.cpu["kb"] = time.perf_counter() - t, _cpu() - c
    with Store(path) as store:
        t, c = time.perf_counter(), _cpu()
        g = build_graph(store, progress=_stage_callback("graph", progress), workers=workers)
        report.edges = g.edges
        report.seconds["graph"], report.cpu["graph"] = time.perf_counter() - t, _cpu() - c
        t, c = time.perf_counter(), _cpu()
        _, rep = SearchIndex.open(store, progress=_stage_callback("search", progress), workers=workers)
        report.articles_indexed = rep.articles
        report.seconds["search"], report.cpu["search"] = time.perf_counter() - t, _cpu() - c
    if progress:
        progress(Step("done", 1, 1, "", 1.0))
    return report


# -- one display on a terminal ---------------------------------------------------
class ConsoleProgress:
    """One progress line on stderr for all stages (redrawn on a terminal, every 10 % otherwise)."""

    def __init__(self, stream=None, width: int = 30):
        self.stream = stream or sys.stderr
        self.width = width
        self.tty = self.stream.isatty()
        self.start = time.perf_counter()
        self._last = (None, -1)

    def __call__(self, step: Step) -> None:
        pct = int(100 * step.fraction)
        key = (step.stage, pct if self.tty else pct // 10)
        if key == self._last and step.done != step.total:
            return
        self._last = key
        filled = int(self.width * step.fraction)
        bar = "#" * filled + "-" * (self.width - filled)
        line = f"[{bar}] {pct:3d}% {time.perf_counter() - self.start:5.1f}s {step.text}"
        if self.tty:
            self.stream.write("\r" + line[:110].ljust(110) + ("\n" if step.stage == "done" else ""))
        else:
            self.stream.write(line + "\n")
        self.stream.flush()


# -- the background build shared by every web session --------------------------------
def status_path(kb_path: str | Path) -> Path:
    p = Path(kb_path)
    return p.with_name(p.name + ".prepare.json")


def lock_path(kb_path: str | Path) -> Path:
    p = Path(kb_path)
    return p.with_name(p.name + ".prepare.lock")


@dataclass(frozen=True)
class Status:
    """What the shared build is doing, as read from ``<kb>.prepare.json``."""

    state: str  # "none" | "running" | "done" | "failed" | "interrupted"
    step: Step | None = None
    error: str = ""
    seconds: float = 0.0
    rejected: tuple[tuple[str, str], ...] = ()  # (file, Vietnamese reason) of the last finished build
    stage_seconds: dict = field(default_factory=dict)


#: Seconds a just-started builder may take to take its lock before it counts as dead.
STARTUP_GRACE = 20.0


def _write_status(path: Path, data: dict) -> None:
    data = {**data, "at": time.time()}
    tmp = path.with_name(path.name + f".tmp-{os.getpid()}")
    tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, path)


def building(kb_path: str | Path) -> bool:
    """True while a builder process holds the lock."""
    import fcntl

    lp = lock_path(kb_path)
    if not lp.exists():
        return False
    with open(lp, "a+") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return True
        fcntl.flock(fh, fcntl.LOCK_UN)
        return False


def read_status(kb_path: str | Path) -> Status:
    try:
        data = json.loads(status_path(kb_path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Status("running" if building(kb_path) else "none")
    step = Step(**data["step"]) if data.get("step") else None
    state = data.get("state", "none")
    starting = data.get("pid") is None and time.time() - float(data.get("at", 0)) < STARTUP_GRACE
    if state == "running" and not starting and not building(kb_path):
        state = "interrupted"  # the builder died (kill -9, machine stopped)
    return Status(state, step, data.get("error", ""), float(data.get("seconds", 0.0)),
                  tuple(tuple(r) for r in data.get("rejected", ())), data.get("stage_seconds", {}))


def run_locked(kb_path: str | Path, *, ingest_always: bool = False) -> int:
    """Body of the builder process: one build at a time, progress in the status file."""
    import fcntl

    path = Path(kb_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    sp = status_path(path)
    with open(lock_path(path), "a+") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return 0  # another process is building it: nothing to do
        start = time.perf_counter()
        last = [0.0]

        def progress(step: Step) -> None:
            now = time.perf_counter()
            if now - last[0] >= 0.25 or step.stage == "done" or step.done == step.total:
                last[0] = now
                _write_status(sp, {"state": "running", "pid": os.getpid(), "step": asdict(step),
                                   "seconds": round(now - start, 1)})

        _write_status(sp, {"state": "running", "pid": os.getpid(), "step": None, "seconds": 0.0})
        try:
            report = prepare(path, progress=progress, ingest_always=ingest_always)
        except Exception as exc:  # noqa: BLE001 - the process edge: recorded for the app, in Vietnamese
            _write_status(sp, {"state": "failed", "pid": os.getpid(), "error": f"{exc}",
                               "seconds": round(time.perf_counter() - start, 1)})
            return 1
        _write_status(sp, {"state": "done", "pid": os.getpid(),
                           "step": asdict(Step("done", 1, 1, "", 1.0)),
                           "seconds": round(time.perf_counter() - start, 1),
                           "stage_seconds": {k: round(v, 1) for k, v in report.seconds.items()},
                           "rejected": report.rejected})
        return 0


def start_background(kb_path: str | Path, *, ingest_always: bool = False) -> bool:
    """Start the builder process unless one runs already; True when one was started.

    The process is detached (its own session) so that it goes on when the
    page, the session or even the web server goes away.
    """
    if building(kb_path):
        return False
    cmd = [sys.executable, "-m", "pipeline.prepare", "--kb", str(kb_path)]
    if ingest_always:
        cmd.append("--ingest")
    env = dict(os.environ)
    root = str(Path(__file__).resolve().parents[1])
    env["PYTHONPATH"] = root + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    # The status file is reset so that no session reads the previous build's result.
    sp = status_path(kb_path)
    Path(kb_path).parent.mkdir(parents=True, exist_ok=True)
    _write_status(sp, {"state": "running", "pid": None, "step": None, "seconds": 0.0})
    subprocess.Popen(cmd, env=env, cwd=root, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                     stderr=subprocess.DEVNULL, start_new_session=True)
    return True


def main(argv: list[str] | None = None) -> int:
    import argparse

    ap = argparse.ArgumentParser(description="Dựng cơ sở dữ liệu, đồ thị liên kết và chỉ mục tìm kiếm.")
    ap.add_argument("--kb", required=True)
    ap.add_argument("--ingest", action="store_true", help="đọc lại kho nguồn kể cả khi đã có dữ liệu")
    args = ap.parse_args(argv)
    return run_locked(args.kb, ingest_always=args.ingest)


if __name__ == "__main__":
    sys.exit(main())
