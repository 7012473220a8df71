"""factx: every quantified claim in Chinese text as a validated, traceable row."""

__version__ = "0.1.0"

from .errors import ExportError, FactxError, InputError, NumberParseError, RuleError
from .numerals import NumberMention, ParsedNumber, parse_number, scan_numbers
from .models import Fact
from .rules import load_rules
from .pipeline import extract, extract_files
from .export import RunInfo, to_frame, write_facts
from .check import CheckReport, CheckResult, check  # rebinds factx.check to the function

__all__ = [
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
]
