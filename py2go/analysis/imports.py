"""Which module each imported name stands for, so rules match by qualified name, not spelling."""

from __future__ import annotations

from dataclasses import dataclass, field

import libcst as cst


def _dotted(node: cst.BaseExpression) -> str:
    if isinstance(node, cst.Name):
        return node.value
    if isinstance(node, cst.Attribute):
        return f"{_dotted(node.value)}.{node.attr.value}"
    return ""


@dataclass
class ImportTable:
    """Local name -> qualified name (``osp`` -> ``os.path``, ``join`` -> ``os.path.join``)."""

    names: dict[str, str] = field(default_factory=dict)
    modules: list[tuple[str, cst.CSTNode]] = field(default_factory=list)  # imported module, node

    @classmethod
    def from_module(cls, module: cst.Module) -> ImportTable:
        table = cls()
        for stmt in module.body:
            for small in stmt.body if isinstance(stmt, cst.SimpleStatementLine) else ():
                table.add(small)
        return table

    def add(self, node: cst.CSTNode) -> None:
        if isinstance(node, cst.Import):
            for alias in node.names:
                full = _dotted(alias.name)
                self.modules.append((full, node))
                if alias.asname is not None:
                    self.names[_dotted(alias.asname.name)] = full
                else:
                    root = full.split(".")[0]
                    self.names[root] = root
        elif isinstance(node, cst.ImportFrom) and node.module is not None and not node.relative:
            mod = _dotted(node.module)
            self.modules.append((mod, node))
            if isinstance(node.names, cst.ImportStar):
                return
            for alias in node.names:
                name = _dotted(alias.name)
                local = _dotted(alias.asname.name) if alias.asname is not None else name
                self.names[local] = f"{mod}.{name}"

    def qualified(self, node: cst.CSTNode) -> str | None:
        """`a.b.c` with the root replaced by what it was imported as; builtins resolve to themselves."""
        if isinstance(node, cst.Name):
            return self.names.get(node.value, node.value)
        if isinstance(node, cst.Attribute):
            base = self.qualified(node.value)
            return f"{base}.{node.attr.value}" if base else None
        return None
