"""Kind 6 — internal consistency: the document against itself.

``validate`` and ``check`` (dispatched on ``rule.detect["check"]``) and the list of checks, ``CHECKS``. The checks
live in one module per reader family; each family imports only ``common`` and ``stated``, and only this module imports the families:

- ``common``: the helpers several families share — Vietnamese numbers (``NUMBER``, ``_num``), evidence (``_ev``),
  the rounding tolerance of a percentage, the flattened-table reader (``pipe_tables``, ``_aligned``; ``pipe_tables`` is
  re-exported here) and the patterns more than one family reads.
- ``stated``: a stated quantity (``Stated``) and the quantities read once per document that several statements
  restate — the commune's own villages, a size or a length tied to a whole; families pair them.
- ``totals``: totals, breakdowns, shares, percentages, rates, products, changes, amounts of money.
- ``votes``: those present and absent, hand votes, ballots, candidates' votes, shares of those present.
- ``tables``: sums of a table's rows and columns, counts stated in the text against a table, rates in tables,
  a fund's closing balance.
- ``lists``: names, numbers, members, listed items, restated counts, the structure and numbering of the document's
  own articles and clauses.
- ``dates``: dates, periods, weekdays, clock times, lead days, deadlines and schedules.
"""
from __future__ import annotations

from checker.kinds import Context, check_keys
from checker.kinds.consistency.common import pipe_tables
from checker.kinds.consistency.stated import load_vocabulary
from checker.kinds.consistency.dates import (
    check_basis_after, check_clock, check_dates, check_deadline_before, check_effect_twice, check_impossible_dates, check_lead_days,
    check_listed_dates, check_passed_date, check_period_after, check_periods, check_schedule_deadline, check_acts_before_set_up, check_event_day,
    check_weekdays,
)
from checker.kinds.consistency.lists import (
    check_body_sizes, check_listed, check_listed_parts, check_members, check_names, check_numbering, check_numbers,
    check_own_articles, check_own_clauses, check_restated, check_structure,
)
from checker.kinds.consistency.tables import (
    check_base_row_percents, check_count_table, check_fund_balance, check_row_percents, check_row_sums,
    check_table_rate, check_table_sums, check_table_vs_text,
)
from checker.kinds.consistency.totals import (
    check_change, check_fraction_counts, check_fund_text, check_labelled_parts, check_money_share, check_products,
    check_rate_base, check_rest_parts, check_share_before, check_shares, check_status_parts, check_totals,
)
from checker.kinds.consistency.votes import (
    check_absent_count, check_ballots, check_candidate_over_valid, check_candidate_votes, check_present_share, check_vote_stated_total,
    check_vote_totals,
)
from checker.model import Finding, Rule


CHECKS = ("totals", "names", "dates", "numbers", "numbering", "members", "restated", "table", "structure",
          "table_sums", "periods", "own_articles", "listed", "weekdays", "shares", "impossible_dates", "basis_after",
          "lead_days", "own_clauses", "listed_dates", "body_sizes", "share_before", "row_sums", "row_percents",
          "fraction_counts", "status_parts", "labelled_parts", "absent_count", "rest_parts", "rate_base", "vote_totals", "listed_parts",
          "count_table", "passed_date", "table_rate",
          "ballots", "present_share", "money_share", "base_row_percents", "fund_balance", "candidate_votes", "candidate_over_valid", "products",
          "change", "fund_text", "clock", "deadline_before", "period_after", "schedule_deadline", "acts_before_set_up", "event_day",
          "vote_stated_total", "effect_twice")


def validate(detect: dict) -> None:
    check_keys(detect, {"check", "complements"}, ["check"])
    load_vocabulary()  # the vocabulary of stated quantities beside the rules (``stated:``): a malformed entry stops the load
    if detect["check"] not in CHECKS:
        raise ValueError(f"'check' phải là một trong: {', '.join(CHECKS)}")
    for group in detect.get("complements", ()):
        if not isinstance(group, list) or len(group) < 2 or not all(isinstance(w, str) and w for w in group):
            raise ValueError("'complements' là danh sách các nhóm (mỗi nhóm ít nhất hai từ) chia hết một tổng")


def check(rule: Rule, ctx: Context) -> list[Finding]:
    return {"weekdays": check_weekdays, "totals": check_totals, "names": check_names, "dates": check_dates, "numbers": check_numbers,
            "numbering": check_numbering, "members": check_members,
            "restated": check_restated, "table": check_table_vs_text, "structure": check_structure,
            "table_sums": check_table_sums, "periods": check_periods, "own_articles": check_own_articles,
            "listed": check_listed, "shares": check_shares, "impossible_dates": check_impossible_dates,
            "basis_after": check_basis_after, "lead_days": check_lead_days,
            "own_clauses": check_own_clauses, "listed_dates": check_listed_dates,
            "body_sizes": check_body_sizes, "share_before": check_share_before,
            "row_sums": check_row_sums, "row_percents": check_row_percents,
            "fraction_counts": check_fraction_counts, "status_parts": check_status_parts,
            "labelled_parts": check_labelled_parts, "absent_count": check_absent_count,
            "rest_parts": check_rest_parts, "rate_base": check_rate_base,
            "vote_totals": check_vote_totals, "listed_parts": check_listed_parts,
            "ballots": check_ballots, "present_share": check_present_share,
            "money_share": check_money_share, "base_row_percents": check_base_row_percents,
            "fund_balance": check_fund_balance, "candidate_votes": check_candidate_votes, "candidate_over_valid": check_candidate_over_valid,
            "products": check_products, "count_table": check_count_table, "passed_date": check_passed_date,
            "change": check_change, "fund_text": check_fund_text, "clock": check_clock,
            "deadline_before": check_deadline_before, "period_after": check_period_after,
            "schedule_deadline": check_schedule_deadline,
            "acts_before_set_up": check_acts_before_set_up,
            "event_day": check_event_day,
            "vote_stated_total": check_vote_stated_total,
            "table_rate": check_table_rate, "effect_twice": check_effect_twice}[rule.detect["check"]](rule, ctx)
