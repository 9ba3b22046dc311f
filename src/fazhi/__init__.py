"""fazhi (法治): a platform for a local government's rule-of-law work."""

__version__ = "0.1.0"
