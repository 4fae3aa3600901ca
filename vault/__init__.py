"""Jieqing's core: the encrypted vault, the records, money and every rule. No Qt below here."""

__version__ = "0.1.0"
