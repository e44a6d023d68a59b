"""Remiss Workbench: draft a Swedish organisation's answer to a remiss, at the keyboard."""

__version__ = "0.1.0"
