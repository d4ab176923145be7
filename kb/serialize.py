"""One way from the library's values to JSON, and the one schema every ``--json`` output keeps.

Every front end (the CLI's ``--json``, the web app's downloads) turns dataclasses into
JSON here, so a field means the same thing with the same type everywhere:

- ``article`` / ``clause``: an int when the label is a number ("3" → 3), the label
  otherwise ("3a", "1.2"), null when absent; ``point``: the letter or null;
- ``doc``: the document's official number (or the base's id for a document without
  one), with ``doc_as_written`` beside it where a citation spelled it differently;
- ``uid`` / ``node`` / ``article_uid``: a provision id as ``ProvisionId`` prints it.

``SCHEMA`` states these rules as data (field name → allowed JSON types) and
``validate`` applies them to any output, at any depth; docs/json-schema.md
documents the same table for users.
"""
from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path
from typing import Any

from kb.model import ProvisionId


def unit_label(label: str | int | None) -> int | str | None:
    """"3" → 3; "3a", "1.2" stay text; None stays None.

    >>> unit_label("3"), unit_label("3a"), unit_label(None), unit_label(4)
    (3, '3a', None, 4)
    """
    if label is None or isinstance(label, int):
        return label
    return int(label) if label.isdigit() else label


def to_jsonable(value: Any) -> Any:
    """Dataclasses, tuples, paths and provision ids → plain JSON values (recursively)."""
    if isinstance(value, ProvisionId):
        return str(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [to_jsonable(v) for v in value]
    if isinstance(value, Path):
        return str(value)
    return value


def dumps(value: Any, *, indent: int | None = 2) -> str:
    """The JSON text of ``value`` (through ``to_jsonable``): UTF-8 characters kept, indented."""
    return json.dumps(to_jsonable(value), ensure_ascii=False, indent=indent)


# -- the schema -------------------------------------------------------------------------------



def _is_id(value: str | None) -> bool:
    """A document or unit id as ``ProvisionId`` writes it, or a graph stub "ext:…"."""
    if value is None:
        return True
    if value.startswith("ext:"):
        return bool(value[4:].strip())
    return ProvisionId.parse(value).well_formed()


#: field name → (allowed Python types after json.loads, a check on the value or None, example).
#: Applied wherever the field appears, at any depth of any --json output.
SCHEMA: dict[str, tuple[tuple[type, ...], Any, Any]] = {
    "article": ((int, str, type(None)), lambda v: not (isinstance(v, str) and v.isdigit()), 3),
    "clause": ((int, str, type(None)), lambda v: not (isinstance(v, str) and v.isdigit()), 1),
    "point": ((str, type(None)), lambda v: v is None or len(v) <= 2, "c"),
    "doc": ((str, type(None)), None, "59/2023/NĐ-CP"),
    "doc_as_written": ((str, type(None)), None, "Nghị định số 59/2023/NĐ-CP"),
    "doc_type": ((str, type(None)), None, "Nghị định"),
    "uid": ((str, type(None)), _is_id, "59/2023/NĐ-CP:d3:k1:c"),
    "node": ((str, type(None)), _is_id, "59/2023/NĐ-CP:d3:k1"),
    "article_uid": ((str, type(None)), _is_id, "59/2023/NĐ-CP:d3"),
    "phapdien_id": ((str, type(None)), None, "44.13.NĐ.1.3"),
    "citation": ((str, type(None)), None, "khoản 1 Điều 3 Nghị định 59/2023/NĐ-CP"),
    "as_of": ((str, type(None)), lambda v: v is None or bool(re.match(r"^\d{4}-\d{2}-\d{2}$", v)), "2026-12-02"),
    "effective": ((str, type(None)), None, "2023-08-15"),
    "status": ((str, type(None)), None, "còn hiệu lực"),
}


def validate(value: Any, path: str = "$") -> list[str]:
    """Every place where ``value`` breaks ``SCHEMA`` (empty list: it keeps the schema)."""
    problems: list[str] = []
    if isinstance(value, dict):
        for key, v in value.items():
            rule = SCHEMA.get(key)
            if rule is not None and not isinstance(v, (dict, list)):
                types, check, _ = rule
                if isinstance(v, bool) or not isinstance(v, types):
                    problems.append(f"{path}.{key}: {type(v).__name__} {v!r} (cần {'/'.join(t.__name__ for t in types)})")
                elif check is not None and not check(v):
                    problems.append(f"{path}.{key}: giá trị {v!r} không đúng dạng")
            problems.extend(validate(v, f"{path}.{key}"))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            problems.extend(validate(v, f"{path}[{i}]"))
    return problems
