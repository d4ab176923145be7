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
at most one such process per knowledge base (an exclusive POSIX lock, ``lockf``, on
``<kb>.prepare.lock`` held for the whole build), and the process writes its
progress to ``<kb>.prepare.json``, which every session reads
(``read_status``). The lock belongs to the builder process alone (forked workers
do not inherit a POSIX lock, as they would an ``flock``), so it is free the moment
the builder dies; its workers die with it (``kb.workers.die_with_parent``).
"""
from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import subprocess
import sys
import time
import traceback
from dataclasses import asdict, dataclass, field
from multiprocessing.connection import wait
from pathlib import Path
from typing import Callable

from kb.graph import build_graph
from kb.store import Store
from kb.workers import can_fork, die_with_parent
from pipeline.ingest import default_sources, ingest

#: Stages in order, with their Vietnamese names and their share of the bar (measured on the
#: whole corpus, 2 cores: ingest ~20 % of the wall time; then the graph and the index side by
#: side, the index taking ~2.5× the graph's CPU).
STAGES = (("kb", "Nạp văn bản vào cơ sở dữ liệu", 0.20),
          ("graph", "Dựng đồ thị liên kết", 0.25),
          ("search", "Dựng chỉ mục tìm kiếm", 0.55))
STAGE_LABELS = {name: label for name, label, _ in STAGES}


@dataclass(frozen=True)
class Step:
    """One progress report: where the build is, for one display."""

    stage: str  # "kb" | "graph" | "search" | "done"
    done: int
    total: int
    label: str  # the file or article being processed
    fraction: float  # overall, 0..1
    others: tuple = ()  # (stage, done, total) of the other stages running at the same time

    @property
    def text(self) -> str:
        if self.stage == "done":
            return "Đã sẵn sàng: cơ sở dữ liệu, đồ thị liên kết và chỉ mục tìm kiếm."
        order = [name for name, _, _ in STAGES]
        parts = sorted([(self.stage, self.done, self.total), *map(tuple, self.others)],
                       key=lambda p: order.index(p[0]))
        return " · ".join(f"{STAGE_LABELS[s]}: {d}/{t}" if t else STAGE_LABELS[s] for s, d, t in parts)


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

    The graph and the search index are built at the same time, each in a process of
    its own (``_build_side_by_side``), unless ``workers`` is 1, the machine has one
    core or this process runs threads; then one after the other, here.

    Raises ``kb.store.KBError`` / ``pipeline.ingest.CorpusMissing`` /
    ``kb.search.SearchIndexError`` with a Vietnamese message.
    """
    path = Path(kb_path)
    report = Report()
    t, c = time.perf_counter(), _cpu()
    if ingest_always or kb_is_empty(path):
        with Store(path) as store:
            files = ingest(store, sources if sources is not None else default_sources(),
                           progress=_stage_callback("kb", progress), workers=workers)
        report.ingested = sum(1 for f in files if f.state == "ok")
        report.rejected = [(str(f.path), f.problem) for f in files if f.state == "rejected"]
    report.seconds["kb"], report.cpu["kb"] = time.perf_counter() - t, _cpu() - c
    if workers != 1 and (os.cpu_count() or 1) > 1 and can_fork() and not _index_fresh(path):
        results = _build_side_by_side(path, progress, workers)
    else:
        results = {stage: _run_stage(stage, path, _stage_callback(stage, progress), workers)
                   for stage in ("graph", "search")}
    for stage in ("graph", "search"):
        report.seconds[stage], report.cpu[stage] = results[stage]["seconds"], results[stage]["cpu"]
    report.edges = results["graph"]["edges"]
    report.articles_indexed = results["search"]["articles"]
    if progress:
        progress(Step("done", 1, 1, "", 1.0))
    return report


def _index_fresh(path: Path) -> bool:
    from kb.search.index import index_state

    with Store(path, readonly=True) as store:
        return index_state(store) == "fresh"


def _run_stage(stage: str, path: Path, cb: Callable[[int, int, str], None] | None,
               workers: int | None) -> dict:
    """Build the graph or the search index of the knowledge base at ``path``, in this process."""
    t, c = time.perf_counter(), _cpu()
    if stage == "graph":
        with Store(path) as store:
            out = {"edges": build_graph(store, progress=cb, workers=workers).edges}
    else:
        from kb.search.index import SearchIndex

        with Store(path) as store:
            _, rep = SearchIndex.open(store, progress=cb, workers=workers)
        out = {"articles": rep.articles}
    return {**out, "seconds": time.perf_counter() - t, "cpu": _cpu() - c}


def _stage_child(stage: str, path: Path, workers: int | None, conn) -> None:
    """Body of a stage process: build, reporting progress and the result (or the error) on ``conn``.

    It dies with the builder (``kill -9`` included): an uncommitted graph transaction is
    void (SQLite), a cut-off index folder is removed by the next build. It installs no
    signal handler: the index's own workers, forked from it, must stay killable."""
    die_with_parent()
    last = [0.0, -1]

    def cb(n: int, total: int, label: str) -> None:
        now, permille = time.monotonic(), 1000 * n // max(total, 1)
        if n >= total or (permille != last[1] and now - last[0] >= 0.1):
            last[:] = [now, permille]
            conn.send(("progress", n, total, str(label)))

    try:
        conn.send(("result", _run_stage(stage, path, cb, workers if stage == "search" else 1)))
    except BaseException as exc:  # noqa: BLE001 - handed to the builder, which raises it
        try:
            conn.send(("error", exc, traceback.format_exc()))
        except Exception:  # noqa: BLE001 - an exception that does not pickle
            conn.send(("error", RuntimeError(f"{type(exc).__name__}: {exc}"), traceback.format_exc()))
    finally:
        conn.close()


class StageFailed(RuntimeError):
    """A stage process ended without a result (killed, or crashed in C code)."""


def _build_side_by_side(path: Path, progress: Callback | None, workers: int | None) -> dict[str, dict]:
    """The graph (one process) and the search index (a process and its workers) at once.

    One display: every report from either stage becomes one ``Step`` whose fraction
    counts both and whose text names the stages still running. Errors are raised
    here, the graph's first (as when the stages run one after the other).
    """
    # The graph's process is forked (it starts at once; this process holds no connection to
    # the KB now). The index's is spawned, a fresh interpreter: tantivy must not run in a fork
    # of a process whose tantivy threads (an index opened earlier, in a test session) were
    # left behind mid-lock.
    contexts = {"graph": multiprocessing.get_context("fork"), "search": multiprocessing.get_context("spawn")}
    share = {n: s for n, _, s in STAGES}
    base = share["kb"]
    state = {stage: (0, 0, "") for stage in ("graph", "search")}
    running = {"graph", "search"}
    results: dict[str, dict] = {}
    errors: dict[str, tuple[BaseException, str]] = {}

    def report(stage: str) -> None:
        if progress is None:
            return
        frac = base + sum(share[s] * min(n / max(t, 1), 1.0) for s, (n, t, _) in state.items())
        n, t, label = state[stage]
        others = tuple((s, *state[s][:2]) for s in ("graph", "search") if s != stage and s in running)
        progress(Step(stage, n, t, label, round(min(frac, 1.0), 4), others))

    report("graph")  # the stages appear in order: graph, then search
    procs, pipes = {}, {}
    finished = False
    try:
        for stage in ("graph", "search"):
            recv, send = contexts[stage].Pipe(duplex=False)
            p = contexts[stage].Process(target=_stage_child, args=(stage, path, workers, send), daemon=False,
                                        name=f"dccs-{stage}")
            p.start()
            send.close()
            procs[stage], pipes[recv] = p, stage
        while pipes:
            for conn in wait(list(pipes)):
                stage = pipes[conn]
                try:
                    msg = conn.recv()
                except EOFError:  # the process ended without a word
                    del pipes[conn]
                    running.discard(stage)
                    if stage not in results and stage not in errors:
                        procs[stage].join()
                        errors[stage] = (StageFailed(
                            f"Tiến trình dựng {STAGE_LABELS[stage].lower()} dừng bất thường "
                            f"(mã {procs[stage].exitcode}): hãy chạy lại."), "")
                    continue
                if msg[0] == "progress":
                    state[stage] = msg[1:]
                    report(stage)
                elif msg[0] == "result":
                    results[stage] = msg[1]
                    running.discard(stage)
                else:
                    errors[stage] = (msg[1], msg[2])
                    running.discard(stage)
        finished = True
    finally:
        for p in procs.values():
            if not finished and p.is_alive():
                p.terminate()  # the builder itself is stopping (Ctrl-C, an error here)
            p.join()
    for stage in ("graph", "search"):
        if stage in errors:
            exc, tb = errors[stage]
            if os.environ.get("DCCS_DEBUG") and tb:
                sys.stderr.write(tb)
            raise exc
    return results


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
    """True while a builder process holds the lock (never ask from the builder itself: a
    process closing any descriptor of the lock file drops its own POSIX lock)."""
    import fcntl

    lp = lock_path(kb_path)
    if not lp.exists():
        return False
    with open(lp, "a+") as fh:
        try:
            fcntl.lockf(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return True
        fcntl.lockf(fh, fcntl.LOCK_UN)
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
            fcntl.lockf(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
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
    ap = argparse.ArgumentParser(description="Dựng cơ sở dữ liệu, đồ thị liên kết và chỉ mục tìm kiếm.")
    ap.add_argument("--kb", required=True)
    ap.add_argument("--ingest", action="store_true", help="đọc lại kho nguồn kể cả khi đã có dữ liệu")
    args = ap.parse_args(argv)
    return run_locked(args.kb, ingest_always=args.ingest)


if __name__ == "__main__":
    sys.exit(main())
