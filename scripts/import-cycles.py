#!/usr/bin/env python3
"""Lists file-level import cycles among the modules of crates/hup/src (issue 10).

A file imports another when it names a path into it (`use crate::a::b`, `super::x`,
`crate::a::b::f(...)` inline). Prints each strongly connected group of more than one file,
and which layer imports which (`service -> web`, etc.), and exits 1 if a service or store
module imports `app`, `cli` or `web`.
"""
import os, re, sys
from collections import defaultdict

ROOT = os.path.join(os.path.dirname(__file__), "..", "crates", "hup", "src")
ROOT = os.path.normpath(ROOT)

def module_of(path):
    rel = os.path.relpath(path, ROOT)[:-3].split(os.sep)
    if rel[-1] in ("mod", "lib", "main"):
        rel = rel[:-1]
    return tuple(rel)

files = {}
for d, _, fs in os.walk(ROOT):
    for f in fs:
        if f.endswith(".rs"):
            p = os.path.join(d, f)
            files[module_of(p)] = p

def strip_tests(src):
    i = src.find("#[cfg(test)]")
    src = src if i < 0 else src[:i]
    # comments (doc links name paths too) are no imports
    return re.sub(r"//[^\n]*", "", src)

def resolve(base, parts):
    # longest prefix that is a module file
    parts = list(parts)
    while parts:
        if tuple(parts) in files:
            return tuple(parts)
        parts.pop()
    return None

path_re = re.compile(r"\b((?:crate|super|self)(?:::[A-Za-z_][A-Za-z0-9_]*)+)")
edges = defaultdict(set)
for mod, p in files.items():
    src = strip_tests(open(p).read())
    # expand `use a::{b, c::d}` groups shallowly
    for m in re.finditer(r"use\s+((?:crate|super|self)[^;]*);", src, re.S):
        stmt = re.sub(r"\s+", "", m.group(1))
        m2 = re.match(r"(.*?)::\{(.*)\}$", stmt)
        if m2:
            head = m2.group(1)
            depth = 0; cur = ""; items = []
            for ch in m2.group(2):
                if ch == "{": depth += 1
                if ch == "}": depth -= 1
                if ch == "," and depth == 0:
                    items.append(cur); cur = ""
                else:
                    cur += ch
            items.append(cur)
            for it in items:
                it = it.split("::{")[0]
                src += f"\n{head}::{it}\n"
    for m in path_re.finditer(src):
        parts = m.group(1).split("::")
        is_dir = p.endswith(("mod.rs", "lib.rs", "main.rs"))
        base = list(mod) if is_dir else list(mod)
        if parts[0] == "crate":
            target = parts[1:]
        else:
            cur = list(mod) if is_dir else list(mod)[:-1] + [mod[-1]] if mod else []
            # self:: refers to the current module; super:: to its parent
            cur = list(mod)
            i = 0
            if parts[0] == "self":
                i = 1
            while i < len(parts) and parts[i] == "super":
                cur = cur[:-1]; i += 1
            target = cur + parts[i:]
        t = resolve(mod, target)
        if t is not None and t != mod and not (t == mod[:len(t)]):
            edges[mod].add(t)

# Tarjan
index = {}; low = {}; stack = []; on = set(); sccs = []; counter = [0]
sys.setrecursionlimit(10000)
def strong(v):
    index[v] = low[v] = counter[0]; counter[0] += 1; stack.append(v); on.add(v)
    for w in edges[v]:
        if w not in index:
            strong(w); low[v] = min(low[v], low[w])
        elif w in on:
            low[v] = min(low[v], index[w])
    if low[v] == index[v]:
        comp = []
        while True:
            w = stack.pop(); on.discard(w); comp.append(w)
            if w == v: break
        if len(comp) > 1:
            sccs.append(comp)
for v in list(files):
    if v not in index:
        strong(v)

name = lambda m: "::".join(m) or "crate"
for comp in sccs:
    print("cycle:", ", ".join(sorted(name(m) for m in comp)))
bad = 0
adapters = {"app", "cli", "web"}
for mod, ts in sorted(edges.items()):
    if mod and mod[0] not in adapters | {"main", "demo"} and mod != ():
        for t in ts:
            if t and t[0] in adapters:
                print(f"layer: {name(mod)} imports {name(t)}")
                bad += 1
print(f"{len(sccs)} cycle(s), {bad} upward import(s)")
sys.exit(1 if bad else 0)
