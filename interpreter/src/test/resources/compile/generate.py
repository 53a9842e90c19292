#!/usr/bin/env python3
"""Regenerates the expected data of Skein's compiler tests with CPython 3.11.

    python3 interpreter/src/test/resources/compile/generate.py

  symtable.txt -> symtable.expected   every table of symtable.symtable(src): type, name, line,
                                      then each symbol with its DEF_* flags and resolved scope
  errors.txt   -> errors.expected     the SyntaxError of compile(src, 'x', 'exec'):
                                      msg | lineno | offset | end_lineno | end_offset

Case format: a line ``#=== name`` starts a case; the following lines up to the next ``#===``
are its source. The tests never run python3; only this script does.
"""
import os
import symtable
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SCOPE_BITS = (1 << 11) - 1


def read_cases(path):
    cases, name, lines = [], None, []
    with open(path, encoding='utf-8') as f:
        for line in f.read().split('\n'):
            if line.startswith('#=== '):
                if name is not None:
                    cases.append((name, '\n'.join(lines) + '\n'))
                name, lines = line[5:].strip(), []
            elif name is not None:
                lines.append(line)
    if name is not None:
        while lines and lines[-1] == '':
            lines.pop()
        cases.append((name, '\n'.join(lines) + '\n'))
    return cases


def dump_table(t, out):
    out.append(f'TABLE {t.get_type()} {t.get_name()} {t.get_lineno()}')
    out.append('  varnames ' + ','.join(t._table.varnames))
    for name, flags in t._table.symbols.items():
        scope = (flags >> 11) & 15
        out.append(f'  {name} {flags & SCOPE_BITS} {scope}')
    for c in t.get_children():
        dump_table(c, out)


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit('needs CPython 3.11')
    out = []
    for name, src in read_cases(os.path.join(HERE, 'symtable.txt')):
        out.append(f'#=== {name}')
        dump_table(symtable.symtable(src, 'x', 'exec'), out)
    with open(os.path.join(HERE, 'symtable.expected'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(out) + '\n')
    out = []
    for name, src in read_cases(os.path.join(HERE, 'errors.txt')):
        try:
            compile(src, 'x', 'exec')
            res = 'OK'
        except SyntaxError as e:
            res = f'{e.msg} | {e.lineno} | {e.offset} | {e.end_lineno} | {e.end_offset}'
        out.append(f'#=== {name}')
        out.append(res)
    with open(os.path.join(HERE, 'errors.expected'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(out) + '\n')


if __name__ == '__main__':
    main()
