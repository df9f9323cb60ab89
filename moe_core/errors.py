"""The one exception type that means "the user gave us something wrong"."""


class UserError(Exception):
    """Bad input from the user (path, config, data, option); the CLI prints it without a traceback."""
