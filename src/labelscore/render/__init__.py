"""Presentation: Rich tables for people, CSV and JSON for programs."""
