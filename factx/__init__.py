"""factx: every quantified claim in Chinese text as a validated, traceable row."""

from .numerals import NumberMention, ParsedNumber, parse_number, scan_numbers
from .errors import FactxError, NumberParseError, RuleError, InputError, ExportError

__version__ = "0.1.0"

__all__ = [
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
]
