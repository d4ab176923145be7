"""s25-ua: the law's "who does what" against the rules that read it.

Lists every khoản of Law 10/2022/QH15 Arts. 11–84, Decree 59/2023/NĐ-CP Arts. 3–27 and Decree 61/2023/NĐ-CP
Arts. 2–20 whose text holds an act word (who convenes, chairs, decides, sets up, recognises, signs, elects, dismisses,
or what may not be done), with the rule ids whose `basis` names the khoản, else only its article. Reads the corpus
đề mục 44.13 (``DCCS_CORPUS``) and the rules (``checker.rules.load_rules``, bases by ``kb.citations``); writes a TSV (doc, article, title, khoản, text, rules, article
rules) and prints: rows, rows with no rule at the khoản, rows with no rule at all.

    python bench/acts_table.py OUT.tsv      (docs/coverage/s25-ua-acts.md is made from it)
"""
import collections
import os
import re
import sys

F = os.path.join(os.environ.get("DCCS_CORPUS", "/work/shared/corpus"),
                 "phapdien/xay-dung-phap-luat-va-thi-hanh-phap-luat/thuc-hien-dan-chu-o-co-so.md")
DOC={'LQ':'Luật 10/2022','NĐ.1':'NĐ 59/2023','NĐ.2':'NĐ 61/2023'}
arts={}; cur=None
for line in open(F,encoding='utf-8'):
    line=line.rstrip('\n')
    m=re.match(r'Điều 44\.13\.(LQ|NĐ\.1|NĐ\.2)\.(\d+)\. (.*)',line)
    if m:
        key=(m.group(1),int(m.group(2)))
        cur = key if key not in arts else None
        if cur: arts[cur]={'title':m.group(3),'lines':[]}
        continue
    if re.match(r'Điều 44\.13\.',line): cur=None; continue
    if cur and line.strip() and not line.startswith('(Điều'): arts[cur]['lines'].append(line.strip())
# the rules' basis, read by the project's citation parser (kb.citations), rules by the checker's loader
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from checker.rules import load_rules  # noqa: E402
from kb.citations.parse import parse_citation  # noqa: E402

NUMBER = {'10/2022/QH15': 'LQ', '59/2023/NĐ-CP': 'NĐ.1', '61/2023/NĐ-CP': 'NĐ.2'}
basis = collections.defaultdict(set)
for r in load_rules():
    for b in r.basis:
        c = parse_citation(b)
        if c is not None and c.doc is not None and c.doc.number in NUMBER and c.article:
            basis[NUMBER[c.doc.number], int(c.article), int(c.clause) if c.clause else None].add(r.id)
ACT=re.compile(r'triệu tập|chủ trì|quyết định|thành lập|công nhận|\bký\b|phê duyệt|\bbầu\b|cho thôi|chỉ định|\bcử\b|ban hành|không được|nghiêm cấm|bị cấm|ủy quyền|chỉ đạo|lựa chọn|đề nghị|\bdo\b')
def khoans(lines):
    out=[];cur=None
    for l in lines:
        m=re.match(r'(\d+)\. ',l)
        if m: cur=[int(m.group(1)),l]; out.append(cur)
        elif cur: cur[1]+=' '+l
        else: out.append([None,l])
    return out
rows=[]
for (d,a),v in sorted(arts.items(), key=lambda x:(x[0][0],x[0][1])):
    if d=='LQ' and not (11<=a<=84): continue
    if d=='NĐ.1' and a>27: continue
    if d=='NĐ.2' and a>20: continue
    for k,t in khoans(v['lines']):
        if not ACT.search(t): continue
        ids=sorted(basis.get((d,a,k),set()))
        art_ids=sorted(basis.get((d,a,None),set())) if k else []
        rows.append((DOC[d],a,v['title'],k,t,ids,art_ids))
with open(sys.argv[1],'w') as o:
    for r in rows:
        o.write('\t'.join([r[0],str(r[1]),r[2],str(r[3]),r[4],' '.join(r[5]),' '.join(r[6])])+'\n')
print(len(rows), sum(1 for r in rows if not r[5]), sum(1 for r in rows if not r[5] and not r[6]))
