# helper: assembles make_u43.py with literal rows from step1 files (typed by hand) + labels.txt
import json
labels = {}
for line in open('labels.txt', encoding='utf-8'):
    p, spec = line.split()
    labels[p] = spec.split('|')
rows = []
for lang, fn in (('en', '../step1_en.txt'), ('zh', '../step1_zh.txt')):
    n = 0; cur = None
    for line in open(fn, encoding='utf-8'):
        line = line.rstrip('\n')
        if line.startswith('## '):
            pid, voice, desc = [x.strip() for x in line[3:].split('|')]
            cur = (pid, voice); k = 0; continue
        if line.startswith('#') or not line.strip():
            continue
        lab = labels[cur[0]][k]; k += 1; n += 1
        if lab.startswith('A:'):
            gold = ['kb-%s-%s' % (lang, g) for g in lab[2:].split(',')]
            ans, kind = True, 'answered'
        else:
            gold = []; ans = False; kind = {'M': 'missing_detail', 'O': 'off_topic'}[lab]
        rows.append((('u43-%s-%03d' % (lang, n)), lang, line, ans, gold, kind, cur[0] + ' ' + cur[1]))
out = []
for r in rows:
    out.append('    R(%s, %s, %s, %s, %s, %s, %s),' % tuple(json.dumps(x, ensure_ascii=False) if not isinstance(x, bool) else repr(x) for x in r))
tmpl = open('template.py', encoding='utf-8').read()
open('../make_u43.py', 'w', encoding='utf-8').write(tmpl.replace('#ROWS#', '\n'.join(out)))
