"""The exported HTML page in headless Chromium: a phone, an A4-wide window, and print.

Screenshots, the printed PDF and the page itself are saved under tests/artifacts/ (git-ignored)
so a person can look at them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from chromium import Chromium, Page, find_chromium
from summaries import LONG_WORD, houses_summary, mapping_summary

from flows.export import export
from flows.summary import Summary

ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
PHONE, A4 = 360, 794  # CSS pixels: a small phone; A4's 210 mm at 96 dpi

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(find_chromium() is None, reason="no Chromium binary found (install "
                       "Debian's `chromium` package, or set CHROMIUM to a Chrome binary)"),
]

# Where each mapping cell sits, and any element that sticks out of its box or the viewport.
MEASURE = """(() => {
  const width = document.documentElement.clientWidth;
  const box = el => { const r = el.getBoundingClientRect();
    return {left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width}; };
  const name = el => el.tagName.toLowerCase() + (el.className ? '.' + el.className : '');
  const sticking = [];
  for (const el of document.body.querySelectorAll('*')) {
    const r = el.getBoundingClientRect();
    if (r.width && (r.right > width + 0.5 || r.left < -0.5)) sticking.push(name(el));
    if (el.clientWidth && el.scrollWidth > el.clientWidth + 1) {
      sticking.push(name(el) + ' (content)');
    }
  }
  const visible = sel => [...document.querySelectorAll(sel)]
    .filter(el => el.checkVisibility()).map(el => el.textContent.trim());
  return {width, scrollWidth: document.documentElement.scrollWidth, sticking,
          cells: [...document.querySelectorAll('table.mapping > tbody > tr > td')].map(box),
          headers: visible('table.mapping th'), cellLabels: visible('.cell-label')};
})()"""


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Chromium]:
    with Chromium.launch(tmp_path_factory.mktemp("chromium")) as launched:
        yield launched


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Summary]:
    return {"mapping": mapping_summary(),
            "houses": houses_summary(tmp_path_factory.mktemp("houses"))}


def saved_page(name: str, summary: Summary) -> str:
    """Write the exported page under tests/artifacts/ and return its file URL."""
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"export-{name}.html"
    path.write_bytes(export(summary, "html").data)
    return path.as_uri()


def look(browser: Chromium, name: str, summary: Summary, width: int) -> tuple[Page, Any]:
    """Open the page at this width, save a full-page screenshot, return the measurements."""
    page = browser.open(saved_page(name, summary), width=width)
    measured = page.evaluate(MEASURE)
    (ARTIFACTS / f"export-{name}-{width}.png").write_bytes(page.screenshot())
    return page, measured


@pytest.mark.parametrize("name", ["mapping", "houses"])
def test_on_a_phone_nothing_overflows_and_the_columns_stack(
        browser: Chromium, pages: dict[str, Summary], name: str) -> None:
    summary = pages[name]
    _, m = look(browser, name, summary, PHONE)
    assert m["width"] == PHONE
    assert m["scrollWidth"] <= PHONE
    assert m["sticking"] == []
    first, second, third = m["cells"]
    assert first["left"] == second["left"] == third["left"]
    assert first["bottom"] <= second["top"]
    assert second["bottom"] <= third["top"]
    assert min(c["width"] for c in m["cells"]) > PHONE * 0.85
    assert m["headers"] == []  # the table's header row is hidden ...
    labels = [c.label for c in summary.filled_columns]  # ... each block is labelled, in the
    labels += [c.label for g in summary.groups for c in g.columns]  # worries' tables too
    assert m["cellLabels"] == labels


@pytest.mark.parametrize("name", ["mapping", "houses"])
def test_at_a4_width_the_three_columns_sit_side_by_side(
        browser: Chromium, pages: dict[str, Summary], name: str) -> None:
    summary = pages[name]
    _, m = look(browser, name, summary, A4)
    assert m["scrollWidth"] <= A4
    assert m["sticking"] == []
    first, second, third = m["cells"]
    assert first["top"] == second["top"] == third["top"]
    assert first["right"] <= second["left"] + 1
    assert second["right"] <= third["left"] + 1
    assert max(c["width"] for c in m["cells"]) - min(c["width"] for c in m["cells"]) < 2
    assert m["headers"] == [c.label for c in summary.columns]
    assert m["cellLabels"] == []


def test_a_long_unbroken_word_wraps_inside_its_column(
        browser: Chromium, pages: dict[str, Summary]) -> None:
    page = browser.open(saved_page("mapping", pages["mapping"]), width=A4)
    html = page.evaluate("document.querySelector('table.mapping td.col-working_well').innerHTML")
    assert LONG_WORD in html
    _, m = look(browser, "mapping", pages["mapping"], A4)
    assert m["sticking"] == []


@pytest.mark.parametrize(("name", "most"), [("mapping", 2), ("houses", 1)])
def test_it_prints_on_at_most_two_a4_pages(
        browser: Chromium, pages: dict[str, Summary], name: str, most: int) -> None:
    page = browser.open(saved_page(name, pages[name]), width=A4, media="print")
    pdf = page.pdf()
    (ARTIFACTS / f"export-{name}-a4.pdf").write_bytes(pdf)
    (ARTIFACTS / f"export-{name}-print.png").write_bytes(page.screenshot())
    sizes = re.findall(rb"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]", pdf)
    assert 1 <= len(sizes) <= most
    for width, height in sizes:  # A4 in points: 595 x 842
        assert (round(float(width)), round(float(height))) == (595, 842)
    columns = page.evaluate(MEASURE)["cells"]
    assert columns[0]["top"] == columns[1]["top"] == columns[2]["top"]
