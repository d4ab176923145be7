"""Clauses reviewers label that no rule cites: from the studied sets' labels and the rules' basis, with the misses.

Reads the labels (basis_doc, basis_article, basis_clause) of the STUDIED sets only (``tests.labelsets.studied_sets``,
never a blind set) and the output of ``bench/review_bench.py … -v`` on them (its MISS lines), and prints for each
provision labelled: how many labels miss today and which rules cite the same provision at clause level.

Usage: python bench/uncited_clauses.py STUDIED_BENCH_OUTPUT.txt [-v]
"""
import collections
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from tests.labelsets import studied_sets, DATA  # noqa: E402
from checker.rules import catalogue  # noqa: E402
from kb.citations.parse import parse_citation  # noqa: E402
bench = sys.argv[1]
# missed labels from bench output
missed = collections.Counter()
cur_set = cur_case = None
for ln in open(bench, encoding='utf-8'):
    m = re.match(r'== (\S+) \(', ln)
    if m: cur_set = Path(m.group(1)).name; continue
    m = re.match(r'(\S+)\s+\S+\s+\d+/\d+', ln)
    if m and not ln.startswith(' '): cur_case = m.group(1); continue
    m = re.match(r'\s+MISS (\S+)\s+(\S+(?: \S+)?)\s+line (\S+):', ln)
    if m: missed[(cur_set, cur_case, m.group(1), m.group(3))] += 1
def norm(doc):
    return doc
rules_cite = collections.defaultdict(set)
for r in catalogue():
    for b in r.basis:
        c = parse_citation(b)
        if c and c.doc and c.doc.number and c.article:
            rules_cite[(c.doc.number, str(c.article), str(c.clause or ''))].add(r.id)
arts_cited = {(d,a) for (d,a,k) in rules_cite}
lab = collections.Counter(); miss = collections.Counter(); where = collections.defaultdict(list)
for s in studied_sets():
    d = json.loads((DATA/s/'expected.json').read_text())
    for c in d['cases']:
        for e in c['expect']:
            if not e.get('basis_doc'): continue
            key = (e['basis_doc'], str(e['basis_article']), str(e.get('basis_clause') or ''))
            lab[key] += 1
            k = (s, c['id'], e['kind'], str(e['line']))
            ism = missed.get(k, 0) > 0
            if ism: miss[key] += 1; missed[k] -= 1
            where[key].append((s.replace('checker_',''), c['id'], e['line'], e['kind'], e['severity'], ism))
rows = []
for key, n in lab.items():
    exact = rules_cite.get(key)
    if exact: continue
    # a clause label with no rule citing this clause (rules citing the whole article count? report)
    art_rules = set().union(*[v for (d,a,k),v in rules_cite.items() if (d,a)==key[:2]]) if key[:2] in arts_cited else set()
    rows.append((miss[key], n, key, sorted(art_rules)[:6]))
rows.sort(key=lambda r: (-r[0], -r[1]))
print('missed labelled  provision  rules citing other clauses of the article')
for m_, n, key, ar in rows:
    if m_ or n>=3:
        print(f'{m_:3d} {n:3d}  {key[0]} Art.{key[1]}.{key[2] or "-"}  {",".join(ar)}')
if '-v' in sys.argv:
    for m_, n, key, ar in rows:
        if m_:
            print(key, [w for w in where[key] if w[5]])
print('total missed matched', sum(miss.values()), 'unmatched', sum(v for v in missed.values() if v>0))
print('\n== all missed labels by provision (cited clause? rules citing it)')
allrows = sorted(((miss[k], lab[k], k) for k in lab if miss[k]), key=lambda r: -r[0])
for m_, n, key in allrows:
    print(f'{m_:3d} {n:3d}  {key[0]} Art.{key[1]}.{key[2] or "-"}  {",".join(sorted(rules_cite.get(key, []))[:8])}')
print('\n== uncited clauses labelled (any count)')
for m_, n, key, ar in rows:
    print(f'{m_:3d} {n:3d}  {key[0]} Art.{key[1]}.{key[2] or "-"}  whole-article rules: {",".join(sorted(rules_cite.get((key[0],key[1],""),[]))[:5])}')
