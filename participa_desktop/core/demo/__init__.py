"""Demo data: a realistic, reproducible sample of Participa+ field records."""
