#!/usr/bin/env python3
"""Functions longer than a limit in the C++ sources (issue 10: about 150 lines).

usage: long_functions.py [--limit N] [DIR ...]      (default: engine ui app, 150)
Prints one line per function over the limit, longest first, and exits 1 when
there is one. A function is a brace block at namespace or class level whose
head ends in ")" (with const, override, noexcept, a trailing return type or a
constructor's initializer list after it); lambdas and blocks inside it count
as its lines. Comments, strings and character literals are skipped.
"""
import os
import re
import sys


def strip(text):
    """The text with comments, strings and char literals blanked (newlines kept)."""
    out, i, n = [], 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith('//', i):
            j = text.find('\n', i)
            j = n if j < 0 else j
            out.append(' ' * (j - i))
            i = j
        elif text.startswith('/*', i):
            j = text.find('*/', i + 2)
            j = n if j < 0 else j + 2
            out.append(re.sub(r'[^\n]', ' ', text[i:j]))
            i = j
        elif c == 'R' and text.startswith('R"', i):
            m = re.match(r'R"([^(]*)\(', text[i:])
            end = text.find(')' + m.group(1) + '"', i) if m else -1
            j = n if end < 0 else end + len(m.group(1)) + 2
            out.append(re.sub(r'[^\n]', ' ', text[i:j]))
            i = j
        elif c in '"\'':
            j = i + 1
            while j < n and text[j] != c:
                j += 2 if text[j] == '\\' else 1
            j = min(n, j + 1)
            out.append(c + ' ' * (j - i - 2) + c if j - i >= 2 else text[i:j])
            i = j
        else:
            out.append(c)
            i += 1
    return ''.join(out)


CONTROL = re.compile(r'\b(if|for|while|switch|catch|do|else|try)\s*(\(|$)')
CONTAINER = re.compile(r'\b(namespace|class|struct|union|enum)\b[^()]*$')
FUNC_TAIL = re.compile(r'\)\s*(const|override|final|noexcept|mutable|\s|->\s*[\w:<>,\s*&]+)*$')


def functions(path):
    text = strip(open(path, encoding='utf-8', errors='replace').read())
    stack = []   # per open brace: ('container'|'function'|'block', name, start line)
    head_start = 0
    line = 1
    for i, c in enumerate(text):
        if c == '\n':
            line += 1
        elif c in ';':
            if not stack or stack[-1][0] == 'container':
                head_start = i + 1
        elif c == '{':
            head = text[head_start:i].strip()
            inside_function = any(k == 'function' for k, _, _ in stack)
            if inside_function:
                stack.append(('block', '', line))
            elif CONTAINER.search(head) or head.endswith('=') or head == '' or head.startswith('extern'):
                stack.append(('container', '', line))
            else:
                # a constructor's initializer list: take the head before " : "
                sig = re.split(r'\)\s*:\s*(?=[\w:]+\s*[({])', head, maxsplit=1)[0] + (')' if re.search(r'\)\s*:\s*[\w:]+\s*[({]', head) else '')
                if FUNC_TAIL.search(sig) and not CONTROL.search(sig):
                    name = re.search(r'([~\w:]+(?:<[^<>]*>)?|operator\S+)\s*\([^()]*(\([^()]*\)[^()]*)*\)?', sig)
                    stack.append(('function', name.group(1) if name else sig[-60:], line))
                else:
                    stack.append(('container', '', line))
            head_start = i + 1
        elif c == '}':
            if stack:
                kind, name, start = stack.pop()
                if kind == 'function':
                    yield name, start, line, line - start + 1
            if not stack or stack[-1][0] == 'container':
                head_start = i + 1


def main(argv):
    limit, dirs = 150, []
    args = iter(argv)
    for a in args:
        if a == '--limit':
            limit = int(next(args))
        else:
            dirs.append(a)
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
    dirs = dirs or [os.path.join(root, d) for d in ('engine', 'ui', 'app')]
    found = []
    for d in dirs:
        for base, _, files in os.walk(d):
            for f in files:
                if f.endswith(('.cpp', '.h')):
                    p = os.path.join(base, f)
                    for name, start, end, n in functions(p):
                        if n > limit:
                            found.append((n, os.path.relpath(p, root), start, name))
    for n, p, start, name in sorted(found, reverse=True):
        print(f'{n:5d} lines  {p}:{start}  {name}')
    print(f'{len(found)} function(s) over {limit} lines')
    return 1 if found else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
