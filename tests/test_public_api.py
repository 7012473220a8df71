"""The public API is what __all__ says, nothing more (httpx style)."""

import factx

PUBLIC = {
    "__version__",
    "parse_number",
    "scan_numbers",
    "ParsedNumber",
    "NumberMention",
    "FactxError",
    "NumberParseError",
    "RuleError",
    "InputError",
    "ExportError",
}


def test_all_is_the_public_api():
    assert set(factx.__all__) == PUBLIC


def test_every_name_in_all_exists():
    for name in factx.__all__:
        assert getattr(factx, name) is not None


def test_private_modules_are_not_reexported():
    public_attrs = {n for n in dir(factx) if not n.startswith("_")}
    modules = {"numerals", "units", "errors", "models", "text", "export", "cli"}
    assert public_attrs - set(factx.__all__) <= modules
