"""South Korea's policy options across the model's scenarios: weighted scores, minimax
regret and satisficing, from an analyst-editable matrix (judgement, not fact)::

    from twentyten.options import load_matrix, assess
    table = assess(load_matrix())          # or load_matrix("my_options.yaml")
"""

from twentyten.options.matrix import Criterion, Option, OptionsMatrix, load_matrix, parse_matrix
from twentyten.options.robustness import OptionResult, OptionsAssessment, assess

__all__ = [
    "Criterion",
    "Option",
    "OptionResult",
    "OptionsAssessment",
    "OptionsMatrix",
    "assess",
    "load_matrix",
    "parse_matrix",
]
