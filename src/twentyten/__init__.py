"""twentyten: an evidence register, scenario model and brief for North Korea's 20x10 policy."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("twentyten")
except PackageNotFoundError:  # running from a source tree without install
    __version__ = "0.0.0+local"
