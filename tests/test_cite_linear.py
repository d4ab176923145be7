"""Citation finding takes time linear in the text (issue 12.1: a CPU denial of service).

"khoản 1, " × 8,000 took 73 s before: after a list failed to resolve, the
finder moved one character on and re-read the rest of the list. Each case
below is timed at ×1,000 and ×8,000 (CPU time of this process, best of a few
runs, so other processes on the machine do not count); ×8,000 may take at most
three times the linear extrapolation of ×1,000 (a quadratic finder takes 64 times ×1,000: 8² —
still far above the bound; a 2× bound failed once on a loaded machine through allocator noise). The citations found are counted too,
so a "fast" finder that gives up early fails.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from kb.citations.find import find_citations

_spec = importlib.util.spec_from_file_location(
    "cite_scaling", Path(__file__).resolve().parents[1] / "bench" / "cite_scaling.py")
_bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_bench)
cpu_seconds = _bench.cpu  # CPU time of this process, best of ``runs``

CASES = [
    # (repeated unit, finder context, citations per unit)
    ("khoản 1, ", {}, 0),  # a list with no article: never a citation, read once
    ("khoản 1, ", {"context_doc": "local:checked", "context_type": "Nghị quyết"}, 0),
    ("Điều 1 ", {"context_doc": "59/2023/NĐ-CP"}, 1),  # bare chains in one endless line
    ("Nghị định số 1/2020/NĐ-CP, Luật này, ", {}, 2),  # "Luật này" looks back for a law
    ("điểm a tại khoản 2, ", {"context_doc": "59/2023/NĐ-CP"}, 1),
]


@pytest.mark.parametrize("unit,kw,per_unit", CASES, ids=[c[0].strip() for c in CASES])
def test_finding_is_linear_in_the_text_length(unit, kw, per_unit):
    find_citations("Điều 1 Luật số 10/2022/QH15")  # tables built outside the timing
    small, n_small = cpu_seconds(unit * 1000, kw, runs=3)
    large, n_large = cpu_seconds(unit * 8000, kw, runs=2)
    assert (n_small, n_large) == (1000 * per_unit, 8000 * per_unit)
    # 0.05 s of slack: at ×1,000 some cases take a few milliseconds, below timer noise
    assert large <= 3 * 8 * small + 0.05, f"×8000 took {large:.2f} s; ×1000 took {small:.3f} s"
