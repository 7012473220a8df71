"""Exceptions raised by factx, and the exit codes the CLI maps them to.

The tree::

    FactxError                      base of everything factx raises on purpose
     ├── NumberParseError (ValueError)  parse_number() got text that is not one number
     ├── RuleError                  a rule file is invalid (file, line, col, rule id)   exit 3
     ├── InputError                 an input cannot be read or decoded (path, reason)   exit 4
     └── ExportError                an output cannot be written (path, reason)          exit 5

Exit codes of the ``factx`` command: 0 success, 1 findings (a ``check`` found a
contradicted figure, ``rules test`` had a failing example), 2 usage error,
3 invalid rules, 4 unreadable input, 5 export failure, 130 interrupted.
"""

from __future__ import annotations

__all__ = [
    "FactxError",
    "NumberParseError",
    "RuleError",
    "InputError",
    "ExportError",
    "EXIT_OK",
    "EXIT_FINDINGS",
    "EXIT_USAGE",
    "EXIT_RULES",
    "EXIT_INPUT",
    "EXIT_EXPORT",
]

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2
EXIT_RULES = 3
EXIT_INPUT = 4
EXIT_EXPORT = 5


class FactxError(Exception):
    """Base class of the errors factx raises deliberately."""

    exit_code = 1


class NumberParseError(FactxError, ValueError):
    """The text given to ``parse_number`` is not a single number expression."""

    exit_code = EXIT_USAGE


class RuleError(FactxError):
    """A rule, fragment or lexicon file is invalid.

    The message always starts with ``file:line:col`` and names the rule id when
    there is one, so an editor can jump to the spot.
    """

    exit_code = EXIT_RULES

    def __init__(
        self,
        message: str,
        *,
        file: str | None = None,
        line: int | None = None,
        col: int | None = None,
        rule_id: str | None = None,
    ) -> None:
        self.file, self.line, self.col, self.rule_id = file, line, col, rule_id
        self.reason = message
        where = file or "<rules>"
        if line is not None:
            where += f":{line}"
            if col is not None:
                where += f":{col}"
        rid = f" [rule {rule_id}]" if rule_id else ""
        super().__init__(f"{where}:{rid} {message}")


class InputError(FactxError):
    """An input file cannot be read, is binary, or cannot be decoded."""

    exit_code = EXIT_INPUT

    def __init__(self, path: str, reason: str) -> None:
        self.path, self.reason = path, reason
        super().__init__(f"{path}: {reason}")


class ExportError(FactxError):
    """An export cannot be written; the previous file at that path is untouched."""

    exit_code = EXIT_EXPORT

    def __init__(self, path: str, reason: str) -> None:
        self.path, self.reason = path, reason
        super().__init__(f"{path}: {reason}")
