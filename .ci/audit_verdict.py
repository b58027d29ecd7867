"""Say what pip-audit checked, from its JSON report: never "passed" for what it could not audit.

pip-audit prints "No known vulnerabilities found" and exits 0 even when it could audit
nothing (PyPI's vulnerability service out of reach, as from the machines this project runs
on now). This reads its report and says, in CI's output, how many of the packages were
audited, which were not, and the vulnerabilities found (pip-audit's own "No known
vulnerabilities found" is left out). It exits 1 when there are vulnerabilities or pip-audit
did not finish, and 0 otherwise: a check that could not run is said, not passed.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def verdict(report: dict[str, object]) -> tuple[list[str], bool]:
    """The lines to print, and whether CI should fail (a known vulnerability)."""
    listed = report.get("dependencies")
    deps = [d for d in listed if isinstance(d, dict)] if isinstance(listed, list) else []
    skipped = [d for d in deps if d.get("skip_reason")]
    audited = [d for d in deps if not d.get("skip_reason")]
    vulnerable = [d for d in audited if d.get("vulns")]
    lines: list[str] = []
    for dep in vulnerable:
        ids = ", ".join(str(v.get("id")) for v in dep["vulns"])
        lines.append(f"pip-audit: {dep['name']} {dep.get('version', '')}: {ids}")
    if not audited:
        lines.append(f"pip-audit: NOT CHECKED: none of the {len(deps)} run-time dependencies "
                     "could be audited (the vulnerability service did not answer from here), "
                     "so this run says nothing about known vulnerabilities.")
    elif skipped:
        lines.append(f"pip-audit: NOT CHECKED for {len(skipped)} of {len(deps)} run-time "
                     f"dependencies: {', '.join(str(d['name']) for d in skipped)}.")
    if audited and not vulnerable:
        lines.append(f"pip-audit: {len(audited)} of {len(deps)} run-time dependencies audited, "
                     "no known vulnerabilities.")
    elif vulnerable:
        lines.append(f"pip-audit: FAILED: {len(vulnerable)} of {len(deps)} run-time "
                     "dependencies have known vulnerabilities.")
    return lines, bool(vulnerable)


def main(path: str, log: str, status: str) -> int:
    """`path`: pip-audit's JSON report; `log`: what it printed; `status`: its exit status
    (0 nothing found, 1 vulnerabilities found, anything else it did not finish)."""
    said = Path(log).read_text(encoding="utf-8", errors="replace")
    try:
        report = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        report = None
    lines, failed = verdict(report) if isinstance(report, dict) else ([], False)
    if status != ("1" if failed else "0") or not isinstance(report, dict):
        print(said, end="")  # its own words: a status and report that do not agree
        print(f"pip-audit: FAILED: it stopped with status {status} and "
              f"{'a report that does not explain it' if report else 'no report'}.")
        return 1
    print("\n".join(lines))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
