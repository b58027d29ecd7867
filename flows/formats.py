"""The formats a summary is exported in: their names, read by `sosbot export --help` without
loading the exporter (`flows.export`)."""

from __future__ import annotations

from typing import Literal, get_args

Format = Literal["html", "docx", "txt"]
FORMATS: tuple[Format, ...] = get_args(Format)
