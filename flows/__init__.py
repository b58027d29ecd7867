"""Flows: the YAML tools, their schema and loader, the pure engine and the summary."""

from pathlib import Path

FLOWS_DIR = Path(__file__).resolve().parent
