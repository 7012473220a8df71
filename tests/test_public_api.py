"""The public API is what __all__ says, nothing more (httpx style)."""

import factx

PUBLIC = {
    "__version__",
    "parse_number",
    "scan_numbers",
    "ParsedNumber",
    "NumberMention",
    "extract",
    "extract_files",
    "to_frame",
    "write_facts",
    "load_rules",
    "Fact",
    "RunInfo",
    "FactxError",
    "NumberParseError",
    "RuleError",
    "InputError",
    "ExportError",
    "check",
    "CheckReport",
    "CheckResult",
}

#: Submodules: importing one makes it an attribute of the package; that is not API.
MODULES = {
    "attribute",
    "match",
    "pipeline",
    "rules",
    "ruletest",
    "validate",
    "text",
    "export",
    "cli",
    "models",
    "units",
    "numerals",
    "errors",
    "tables",
    "schema",
    "db",
    "readers",
    "fastre",
}


def test_all_is_the_public_api():
    assert set(factx.__all__) == PUBLIC
    assert len(factx.__all__) == len(PUBLIC)  # no name listed twice


def test_every_name_in_all_exists():
    for name in factx.__all__:
        assert getattr(factx, name) is not None


def test_names_come_from_their_modules():
    from factx import export, pipeline, rules

    assert factx.extract is pipeline.extract
    assert factx.extract_files is pipeline.extract_files
    assert factx.to_frame is export.to_frame
    assert factx.write_facts is export.write_facts
    assert factx.RunInfo is export.RunInfo
    assert factx.load_rules is rules.load_rules
    from factx.check import CheckReport, CheckResult, check

    assert factx.check is check
    assert factx.CheckReport is CheckReport
    assert factx.CheckResult is CheckResult


def test_private_modules_are_not_reexported():
    import factx.cli  # noqa: F401 - make sure the CLI module is loaded too
    import factx.ruletest  # noqa: F401

    public_attrs = {n for n in dir(factx) if not n.startswith("_")}
    assert public_attrs - set(factx.__all__) <= MODULES


def test_no_module_binds_a_top_level_name_twice():
    # (a second `_NEXT_COMPARED = ...` further down a module silently replaces the first for every
    # function that reads it at call time: one name, one meaning)
    import ast
    from pathlib import Path

    import factx

    for path in sorted(Path(factx.__file__).parent.glob("*.py")):
        seen: dict[str, int] = {}
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, (ast.Assign, ast.AnnAssign)):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                names = [t.id for t in targets if isinstance(t, ast.Name)]
            elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
                names = [node.name]
            else:
                continue
            for name in names:
                assert name not in seen or name == "__all__", f"{path.name}:{node.lineno} binds {name} again (first at line {seen[name]})"
                seen[name] = node.lineno
