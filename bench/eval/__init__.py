"""Evaluation sets written apart from the code they measure (see README.md in this folder)."""
