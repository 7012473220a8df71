import os
import sys
from pathlib import Path

from hypothesis import settings

sys.path.insert(0, str(Path(__file__).resolve().parent))

# Property tests explore new random examples on every local run; under CI they replay the
# same derandomized examples, so a red build always means a change, never the draw of a seed.
# (A failure found locally is kept as a plain test: test_letter_spaced_characters_join_with_offsets_kept.)
settings.register_profile("ci", derandomize=True)
if os.environ.get("CI") == "true":
    settings.load_profile("ci")
