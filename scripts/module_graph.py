#!/usr/bin/env python3
"""The crate's module graph, file by file, and the circles in it.

Every `src/**/*.rs` file is a node. An edge A -> B means that A names something of B's
(`use crate::…`, `use super::…`, a `crate::a::b::c` path in code). Declaring a child module
(`mod x;`) and re-exporting a child's items from its parent (`pub use x::Item;`, the facade a
module shows) are not edges: they do not make the parent depend on what the child does.

Prints the layers' graph (top-level modules) and every circle of files (a strongly connected
component of more than one file); exits 1 when there is one, so CI keeps the graph acyclic.

Usage: python3 scripts/module_graph.py [--edges]
"""

import re
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src"


def module_of(path):
    """`src/a/b.rs` -> ('a', 'b'); `src/a/mod.rs` -> ('a',); lib.rs/main.rs -> ()."""
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "mod" or (len(parts) == 1 and parts[0] in ("lib", "main")):
        parts = parts[:-1]
    if parts and parts[0] == "bin":
        return None
    return tuple(parts)


def strip_comments(text):
    # Unit tests sit at the end of a file, in `#[cfg(test)] mod tests`: not the module's
    # dependencies.
    text = re.split(r"#\[cfg\(test\)\]\s*mod tests", text)[0]
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    lines = []
    for line in text.splitlines():
        # Drop // comments (doc comments too), but not `//` inside a string on the same line
        # before it: good enough for this code base, which keeps URLs in strings.
        code = re.sub(r'"(?:\\.|[^"\\])*"', '""', line)
        cut = code.find("//")
        lines.append(code if cut < 0 else code[:cut])
    return "\n".join(lines)


def use_paths(text):
    """Every path a file names: the trees of `use` items, expanded, and inline paths."""
    paths = []
    for match in re.finditer(r"\b(pub(?:\([^)]*\))?\s+)?use\s+([^;]+);", text, flags=re.S):
        public = match.group(1) is not None
        for path in expand(match.group(2).replace("\n", " ").strip()):
            paths.append((path, public))
    body = re.sub(r"\b(pub(?:\([^)]*\))?\s+)?use\s+[^;]+;", "", text, flags=re.S)
    for match in re.finditer(r"\b((?:crate|super|self)(?:::\w+)+)", body):
        paths.append((match.group(1).split("::"), False))
    return paths


def expand(tree):
    """`a::{b, c::{d, e}}` -> [[a, b], [a, c, d], [a, c, e]]."""
    tree = tree.strip()
    depth, split = 0, None
    for i, ch in enumerate(tree):
        if ch == "{":
            if depth == 0:
                split = i
            depth += 1
        elif ch == "}":
            depth -= 1
    if split is None:
        tree = re.sub(r"\s+as\s+\w+$", "", tree)
        return [[p for p in tree.split("::") if p]]
    prefix = [p for p in tree[:split].split("::") if p]
    inner = tree[split + 1 : tree.rfind("}")]
    items, depth, start = [], 0, 0
    for i, ch in enumerate(inner):
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
        elif ch == "," and depth == 0:
            items.append(inner[start:i])
            start = i + 1
    items.append(inner[start:])
    out = []
    for item in items:
        if item.strip():
            for rest in expand(item):
                out.append(prefix + rest)
    return out


def resolve(module, path, modules, exports=None):
    """The module (file) a path points into: its longest prefix that is a module, or, when
    that module only re-exports the item named (`pub use child::Item;`), the module that
    defines it: a facade does not hide a circle."""
    if not path:
        return None
    if path[0] == "crate":
        absolute = list(path[1:])
    elif path[0] in ("super", "self"):
        base = list(module)
        is_mod_file = modules[module].name in ("mod.rs", "lib.rs")
        rest = list(path)
        # In `a/b.rs`, `super` is `a`; in `a/mod.rs`, `super` is the parent of `a`.
        while rest and rest[0] == "super":
            base = base[:-1]
            rest = rest[1:]
        if rest and rest[0] == "self":
            rest = rest[1:]
        del is_mod_file
        absolute = base + rest
    else:
        # A path relative to this module: a child module of it.
        absolute = list(module) + list(path)
        if tuple(absolute[: len(module) + 1]) not in modules:
            return None
    for length in range(len(absolute), -1, -1):
        candidate = tuple(absolute[:length])
        if candidate in modules:
            if exports is not None and length < len(absolute):
                return follow(candidate, absolute[length], exports, set())
            return candidate
    return None


def follow(module, item, exports, seen):
    """Where `item`, named in `module`, is defined: through its re-exports."""
    if (module, item) in seen:
        return module
    seen.add((module, item))
    named, globs, defined = exports[module]
    if item in defined:
        return module
    if item in named:
        target, original = named[item]
        return follow(target, original, exports, seen)
    for target in globs:
        found = follow(target, item, exports, seen)
        if item in exports[found][2]:
            return found
    return module


def exports_of(modules):
    """Per module: its re-exports by name, its glob re-exports, and the names it defines."""
    table = {}
    for module, path in modules.items():
        text = strip_comments(path.read_text(encoding="utf-8"))
        defined = set(
            re.findall(
                r"\bpub(?:\([^)]*\))?\s+(?:const\s+fn|fn|struct|enum|type|const|static|trait|mod)\s+(\w+)",
                text,
            )
        )
        named, globs = {}, []
        for match in re.finditer(r"\bpub(?:\([^)]*\))?\s+use\s+([^;]+);", text, flags=re.S):
            for names in expand(match.group(1).replace("\n", " ").strip()):
                alias = names[-1]
                target = resolve(module, names, modules)
                if target is None:
                    continue
                if alias == "*":
                    globs.append(target)
                else:
                    named[alias] = (target, names[-1])
        table[module] = (named, globs, defined)
    return table


def graph():
    modules = {}
    for path in sorted(SRC.rglob("*.rs")):
        module = module_of(path)
        if module is not None:
            modules[module] = path
    exports = exports_of(modules)
    edges = {module: set() for module in modules}
    for module, path in modules.items():
        text = strip_comments(path.read_text(encoding="utf-8"))
        for names, public in use_paths(text):
            target = resolve(module, names, modules, exports)
            if target is None or target == module:
                continue
            # A parent's re-export of its own descendant is its facade, not a dependency.
            if public and target[: len(module)] == module:
                continue
            # A child naming its ancestors' module root (lib.rs) is no edge.
            if target == ():
                continue
            edges[module].add(target)
    return modules, edges


def circles(edges):
    """Tarjan's strongly connected components of more than one node."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []
    counter = [0]

    def visit(node):
        index[node] = low[node] = counter[0]
        counter[0] += 1
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(edges[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    sys.setrecursionlimit(10000)
    for node in sorted(edges):
        if node not in index:
            visit(node)
    return found


def name(module):
    return "::".join(module) or "crate"


def main():
    modules, edges = graph()
    layers = {}
    for module, targets in edges.items():
        for target in targets:
            if module and target and module[0] != target[0]:
                layers.setdefault(module[0], set()).add(target[0])
    print("Layers (top-level modules) and what they use:")
    for layer in sorted({m[0] for m in modules if m}):
        print(f"  {layer:8} -> {', '.join(sorted(layers.get(layer, ()))) or '(nothing)'}")
    if "--edges" in sys.argv:
        for module in sorted(edges):
            for target in sorted(edges[module]):
                print(f"  {name(module)} -> {name(target)}")
    found = circles(edges)
    layer_circles = circles({k: v for k, v in layers.items()} | {
        layer: layers.get(layer, set()) for layer in {t for v in layers.values() for t in v}
    })
    print(f"{len(modules)} files, {sum(len(v) for v in edges.values())} edges")
    for component in layer_circles:
        print("Circle between layers: " + " <-> ".join(component))
    for component in found:
        print("Circle of files: " + " <-> ".join(name(m) for m in component))
    if found or layer_circles:
        return 1
    print("No circle.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
