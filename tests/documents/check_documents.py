"""Reads HRC Planner's exports as a person opening them would: converted by LibreOffice to PDF.

Usage: check_documents.py HRC_BINARY OUTDIR — loads the HRC38 example into a fresh database
under OUTDIR, exports its overview as Word (default sections, then with the notes on Letter,
marked Confidential) and as a web page, and three one-page briefs (hrc brief) as Word and as web
pages, converts each with LibreOffice headless to PDF and page
images (OUTDIR/NAME-N.png, to be looked at), and checks that each has the pages it should and
that no word of a Word table cell is broken across lines.
"""
import collections
import json
import re
import subprocess
import sys
import time
import unittest
from pathlib import Path

import docx

HRC, OUT = sys.argv[1], Path(sys.argv[2])
DB = OUT / "documents.db"
# What each export is, and the pages it may take: a briefing, not a wall and not a leaflet.
EXPORTS = {
    "hrc38-overview.docx": (["--format", "docx"], range(5, 11)),
    "hrc38-with-notes-letter.docx": (["--format", "docx", "--with-notes", "--paper", "letter", "--confidential"], range(6, 13)),
    "hrc38-web-page.html": (["--format", "html"], range(5, 16)),
}
# One-page briefs (hrc brief): a situation with a meeting and our statement in the general debate,
# the longest key issue (its overview shortened), and a situation with 85 organisations with us;
# each as Word and as a web page (its own name: a PDF takes the stem of what it converts).
BRIEFS = {
    f"hrc38-brief-{name}{suffix}": subject
    for name, subject in [("burundi", ("situation", "Burundi")),
                          ("reprisals", ("issue", "Reprisals")),
                          ("palestine", ("situation", "State of Palestine"))]
    for suffix in [".docx", "-web.html"]
}


def hrc(*args: str) -> bytes:
    return subprocess.run([HRC, "--db", str(DB), *args], check=True, capture_output=True).stdout


def pieces(text: str) -> list:
    """The words of `text`, each cut after a dash or slash (where a line may end without breaking a word)."""
    return [p for word in text.split() for p in re.split(r"(?<=[-–—/])", word) if p]


def setUpModule() -> None:
    hrc("demo")
    started = time.monotonic()
    for name, (args, _) in EXPORTS.items():
        hrc("export", "--session", "38", *args, "--out", str(OUT / name))
    for name, (kind, title) in BRIEFS.items():
        record = next(r for r in json.loads(hrc(kind, "list", "--session", "38", "--json"))
                      if title in (r.get("country_name"), r.get("title")))
        hrc("brief", f"--{kind}", record["id"], "--format", Path(name).suffix[1:], "--out", str(OUT / name))
    subprocess.run(["soffice", "--headless", "--norestore", f"-env:UserInstallation=file://{(OUT / 'profile').resolve()}",
                    "--convert-to", "pdf", "--outdir", str(OUT), *[str(OUT / n) for n in [*EXPORTS, *BRIEFS]]],
                   check=True, capture_output=True, timeout=300)
    for name in [*EXPORTS, *BRIEFS]:
        pdf = OUT / Path(name).with_suffix(".pdf").name
        # Each export converts to a PDF of its own stem; the two Word files and the page do not share one.
        subprocess.run(["pdftoppm", "-r", "50", "-png", str(pdf), str(OUT / Path(name).stem)], check=True)
    print(f"converted {len(EXPORTS) + len(BRIEFS)} exports in {time.monotonic() - started:.1f} s", file=sys.stderr)


def pdf_of(name: str) -> Path:
    return OUT / Path(name).with_suffix(".pdf").name


def pages(name: str) -> int:
    info = subprocess.run(["pdfinfo", str(pdf_of(name))], check=True, capture_output=True, text=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


class Documents(unittest.TestCase):
    def test_page_counts(self) -> None:
        for name, (_, expected) in EXPORTS.items():
            with self.subTest(name):
                self.assertIn(pages(name), expected)
                self.assertEqual(len(list(OUT.glob(f"{Path(name).stem}-*.png"))), pages(name))

    def test_briefs_take_one_page(self) -> None:
        for name in BRIEFS:
            with self.subTest(name):
                self.assertEqual(pages(name), 1)

    def test_no_table_cell_breaks_a_word(self) -> None:
        for name in [n for n in EXPORTS if n.endswith(".docx")]:
            with self.subTest(name):
                doc = docx.Document(str(OUT / name))
                # Every piece of every word as often in the PDF as in the document's text: a word
                # broken in a narrow column ("Stateme" / "nt") is missing from the PDF.
                in_doc = collections.Counter(p for para in doc.paragraphs for p in pieces(para.text))
                in_cells = set()
                for table in doc.tables:
                    for row in table.rows:
                        for cell in row.cells:
                            words = pieces(cell.text)
                            in_doc.update(words)
                            in_cells.update(words)
                text = subprocess.run(["pdftotext", "-raw", str(pdf_of(name)), "-"], check=True, capture_output=True, text=True).stdout
                in_pdf = collections.Counter(pieces(text))
                broken = sorted(w for w in in_cells if in_pdf[w] < in_doc[w])
                self.assertGreater(len(in_cells), 100)
                self.assertEqual(broken, [])


if __name__ == "__main__":
    unittest.main(argv=sys.argv[:1], verbosity=2)
