"""Use cases of the domain, for the UI and the CLI alike: plain data out, Spanish
validation messages, no Qt. Each function takes the caller's unit-of-work session."""

from ..validation import ValidationError
from .base import NotFound

__all__ = ["NotFound", "ValidationError"]
