from __future__ import annotations

from datetime import date
from pathlib import Path

from realpolitik.model import Article, Rejected
from realpolitik.sources import read_inputs

PAGE = """<!doctype html><html><head><meta charset="utf-8">
<title>Turkey and Venezuela sign accords</title><meta name="date" content="2017-10-09"></head>
<body><nav><a href="/">Home</a> | <a href="/world">World section link</a></nav>
<article><h1>Turkey and Venezuela sign accords</h1>
<p>Turkey and Venezuela signed four agreements in Ankara on Friday, officials said.</p>
<p>The two governments pledged to expand trade in gold and oil over the coming years.</p>
</article><footer>Copyright Example Media. All rights reserved.</footer></body></html>
"""


def test_html_main_text_title_date(tmp_path: Path) -> None:
    p = tmp_path / "page.HTML"
    p.write_text(PAGE, encoding="utf-8")
    items = list(read_inputs([str(p)]))
    assert len(items) == 1
    a = items[0]
    assert isinstance(a, Article)
    assert a.title == "Turkey and Venezuela sign accords"
    assert a.published == date(2017, 10, 9)
    assert "signed four agreements" in a.text
    assert "Copyright" not in a.text and "World section link" not in a.text
    assert "\n\nThe two governments" in a.text  # paragraphs stay separate blocks


def test_html_published_override(tmp_path: Path) -> None:
    p = tmp_path / "page.htm"
    p.write_text(PAGE, encoding="utf-8")
    a = next(iter(read_inputs([str(p)], published=date(2001, 2, 3))))
    assert isinstance(a, Article) and a.published == date(2001, 2, 3)


def test_html_without_text_rejected(tmp_path: Path) -> None:
    p = tmp_path / "empty.html"
    p.write_text("<html><head><title>x</title></head><body><nav></nav></body></html>")
    r = next(iter(read_inputs([str(p)])))
    assert isinstance(r, Rejected)
    assert "no main text" in r.reason
