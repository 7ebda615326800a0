"""Participa+ Desktop: the offline field app of the Participa+ citizen-involvement model."""

__version__ = "0.1.0"
