#!/usr/bin/env python3
"""Regenerates the expected outputs of Skein's parser tests with CPython 3.11.

    python3 interpreter/src/test/resources/parse/generate.py

Inputs (hand-written) and outputs (generated, committed) live side by side here:

  snippets.txt -> snippets.expected   one ``ast.dump(ast.parse(src))`` line per case
               -> positions.expected  the same with ``include_attributes=True`` (line/col positions)
  errors.txt   -> errors.expected     SyntaxError attributes from ``compile(src, NAME, 'exec')``
                                      plus what ``python3 FILE`` prints on stderr for the case

Case format in the .txt files: a line ``#=== name`` starts a case, the following lines up to
the next ``#===`` line are its source (each line ends with a newline). ``#=== name [nonl]``
drops the newline after the last line. Escapes ``\\t``-style are not interpreted: tabs are
written as real tabs. The tests never run python3; only this script does.
"""
import ast
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ERR_FILENAME = '/skein-test/f.py'   # must not exist: CPython would read error lines from it


def read_cases(path):
    cases = []
    name = None
    nonl = False
    lines = []
    with open(path, encoding='utf-8', newline='') as f:
        content = f.read()
    for line in content.split('\n')[:-1] if content.endswith('\n') else content.split('\n'):
        if line.startswith('#=== '):
            if name is not None:
                cases.append((name, finish(lines, nonl)))
            spec = line[5:].strip()
            nonl = spec.endswith('[nonl]')
            name = spec[:-6].strip() if nonl else spec
            lines = []
        else:
            lines.append(line)
    if name is not None:
        cases.append((name, finish(lines, nonl)))
    return cases


def finish(lines, nonl):
    src = ''.join(l + '\n' for l in lines)
    return src[:-1] if nonl and src.endswith('\n') else src


def esc(s):
    if s is None:
        return '<None>'
    return s.replace('\\', '\\\\').replace('\n', '\\n').replace('\t', '\\t').replace('\r', '\\r').replace('\f', '\\f')


def gen_snippets():
    out = []
    pos = []
    for name, src in read_cases(os.path.join(HERE, 'snippets.txt')):
        tree = ast.parse(src)
        out.append('#=== ' + name)
        out.append(ast.dump(tree))
        pos.append('#=== ' + name)
        pos.append(ast.dump(tree, include_attributes=True))
    with open(os.path.join(HERE, 'snippets.expected'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(out) + '\n')
    with open(os.path.join(HERE, 'positions.expected'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(pos) + '\n')


def script_output(src):
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, 'f.py')
        with open(path, 'w', encoding='utf-8', newline='') as f:
            f.write(src)
        r = subprocess.run([sys.executable, path], capture_output=True, text=True)
        return r.stderr.replace(path, ERR_FILENAME)


def gen_errors():
    out = []
    for name, src in read_cases(os.path.join(HERE, 'errors.txt')):
        try:
            compile(src, ERR_FILENAME, 'exec')
            raise SystemExit('case %r compiles without error' % name)
        except SyntaxError as e:
            out.append('#=== ' + name)
            out.append('kind: ' + type(e).__name__)
            out.append('msg: ' + esc(e.msg))
            out.append('lineno: %s' % e.lineno)
            out.append('offset: %s' % e.offset)
            out.append('end_lineno: %s' % e.end_lineno)
            out.append('end_offset: %s' % e.end_offset)
            out.append('text: ' + esc(e.text))
            out.append('format: ' + esc(script_output(src)))
    with open(os.path.join(HERE, 'errors.expected'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(out) + '\n')


if __name__ == '__main__':
    if sys.version_info[:2] != (3, 11):
        raise SystemExit('expected outputs must come from CPython 3.11, not %s' % sys.version)
    gen_snippets()
    gen_errors()
