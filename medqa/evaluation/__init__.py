"""`medqa eval`: lm-eval-identical multiple-choice scoring, generation tasks, statistics and reports.

Kept import-light: the CLI parser imports `medqa.evaluation.args` without loading torch.
"""
