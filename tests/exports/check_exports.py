"""Reads HRC Planner's Word, calendar and bundle exports with real readers (python-docx, icalendar, jsonschema).

Usage: check_exports.py HRC_BINARY WORKDIR — builds a summer (HRC38) and a winter session in a
fresh database under WORKDIR, exports them, and checks headings, tables and Geneva times.
"""
import subprocess
import sys
import unittest
from datetime import datetime, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import docx
import docx.shared
from docx.oxml.ns import qn
import icalendar
import json
import jsonschema

HRC, WORK = sys.argv[1], Path(sys.argv[2])
DB = WORK / "exports.db"
GENEVA = ZoneInfo("Europe/Zurich")


def hrc(*args: str) -> bytes:
    return subprocess.run([HRC, "--db", str(DB), *args], check=True, capture_output=True).stdout


def setUpModule() -> None:
    WORK.mkdir(parents=True, exist_ok=True)
    for f in WORK.glob("exports.db*"):
        f.unlink()
    hrc("demo")
    hrc("session", "add", "--number", "40", "--start", "2019-02-25", "--end", "2019-03-22")
    hrc("meeting", "add", "--session", "40", "--date", "2019-03-01", "--start", "09:00", "--end", "12:00",
        "--item", "4", "--kind", "general-debate", "--title", "General debate on item 4")
    hrc("side-event", "add", "--session", "40", "--title", "Launch", "--date", "2019-03-05",
        "--start", "13:30", "--end", "15:00", "--room", "Room XXIV")
    # An illustrative text and vote (not the record): adopted by a recorded vote on the last day.
    text = json.loads(hrc("resolution", "add", "--session", "40", "--title", "Situation of human rights in Belarus",
                          "--item", "4", "--draft-symbol", "A/HRC/40/L.5", "--adopted-symbol", "A/HRC/RES/40/1",
                          "--action-date", "2019-03-22", "--sponsor", "Germany", "--sponsor", "France",
                          "--cosponsor", "Chile", "--cosponsor", "Norway", "--json"))
    hrc("resolution", "vote", text["id"], "--yes", "19", "--no", "6", "--abstain", "22")


def num_format(doc, paragraph) -> str:
    """The number format (bullet, decimal…) of a list paragraph's first level, as Word reads it."""
    numbering = doc.part.numbering_part.element
    num = numbering.num_having_numId(paragraph._p.pPr.numPr.numId.val)
    abstract_id = num.abstractNumId.val
    abstract = [a for a in numbering.findall(qn("w:abstractNum")) if a.get(qn("w:abstractNumId")) == str(abstract_id)]
    # Word reads the first abstract numbering of an id.
    level = abstract[0].find(qn("w:lvl"))
    return level.find(qn("w:numFmt")).get(qn("w:val"))


def calendar(session: str) -> list:
    cal = icalendar.Calendar.from_ical(hrc("export", "--session", session, "--format", "ics"))
    return list(cal.walk("VEVENT"))


class Brief(unittest.TestCase):
    """The one-page brief on Burundi (hrc brief) as Word reads it."""

    def setUp(self) -> None:
        situations = json.loads(hrc("situation", "list", "--session", "38", "--json"))
        burundi = next(s for s in situations if s["country_code"] == "BDI")
        out = WORK / "burundi-brief.docx"
        hrc("brief", "--situation", burundi["id"], "--format", "docx", "--out", str(out))
        self.doc = docx.Document(str(out))

    def test_headings_table_and_letterhead(self) -> None:
        by_style = {}
        for p in self.doc.paragraphs:
            by_style.setdefault(p.style.name, []).append(p.text)
        self.assertEqual(by_style["Title"], ["Burundi: brief for HRC38"])
        self.assertEqual(by_style["Heading 1"], ["What is at stake", "Our asks", "Coming up"])
        rows = [[c.text for c in r.cells] for r in self.doc.tables[0].rows]
        self.assertEqual(rows[0], ["When (Geneva)", "Meeting", "Our part"])
        self.assertEqual(rows[2], ["Wed 27 June, midday (12:00–15:00)", "General debate on item 4",
                                   "We speak: Item 4 general debate: Burundi, Eritrea and Syria"])
        grid = [int(c.get(qn("w:w"))) for c in self.doc.tables[0]._tbl.tblGrid.findall(qn("w:gridCol"))]
        self.assertEqual(len(grid), 3)
        header = " ".join(p.text for p in self.doc.sections[0].header.paragraphs)
        self.assertIn("Burundi — HRC38", header)
        self.assertIn("International Service for Human Rights", header)


class Lobby(unittest.TestCase):
    """Whom to lobby on a text (hrc lobby) as Word: the overview's header and footer."""

    def test_header_and_footer_as_the_overviews(self) -> None:
        text = next(r for r in json.loads(hrc("resolution", "list", "--session", "40", "--json"))
                    if r["title"] == "Situation of human rights in Belarus")
        out = WORK / "belarus-lobby.docx"
        hrc("lobby", text["id"], "--format", "docx", "--out", str(out))
        section = docx.Document(str(out)).sections[0]
        header = " ".join(p.text for p in section.header.paragraphs)
        self.assertIn("International Service for Human Rights", header)
        self.assertIn("Whom to lobby: A/HRC/RES/40/1 — HRC40", header)
        fields = [t.text.strip() for t in section.footer._element.iter(qn("w:instrText"))]
        self.assertEqual(fields, ["PAGE", "NUMPAGES"])
        self.assertIn("Exported ", section.footer._element.xml)
        self.assertEqual(section.page_width, docx.shared.Twips(11906))


class Word(unittest.TestCase):
    def setUp(self) -> None:
        out = WORK / "hrc38.docx"
        hrc("export", "--session", "38", "--format", "docx", "--out", str(out))
        self.doc = docx.Document(str(out))

    def test_headings_use_word_heading_styles(self) -> None:
        by_style = {}
        for p in self.doc.paragraphs:
            by_style.setdefault(p.style.name, []).append(p.text)
        self.assertEqual(by_style["Title"], ["HRC38: 38th regular session of the Human Rights Council"])
        self.assertEqual(by_style["Heading 1"], ["Key issues", "Country situations", "Programme of work", "Statements", "Side events",
                                                 "Resolutions and decisions"])
        self.assertIn("Reprisals", by_style["Heading 2"])
        self.assertIn("Item 4: Human rights situations that require the Council's attention", by_style["Heading 2"])

    def test_resolutions_table_and_vote(self) -> None:
        out = WORK / "hrc40-texts.docx"
        hrc("export", "--session", "40", "--format", "docx", "--sections", "resolutions", "--out", str(out))
        doc = docx.Document(str(out))
        rows = [[c.text for c in r.cells] for r in doc.tables[0].rows]
        self.assertEqual(rows[0], ["Symbol", "Title", "Item", "Status", "Action", "Vote"])
        self.assertEqual(rows[1], ["A/HRC/RES/40/1 (A/HRC/40/L.5)", "Situation of human rights in Belarus", "Item 4",
                                   "Adopted with a vote", "22 Mar", "19-6-22"])
        texts = [p.text for p in doc.paragraphs]
        self.assertIn("A/HRC/RES/40/1 (A/HRC/40/L.5): Situation of human rights in Belarus", texts)
        self.assertIn("Co-sponsors: 2 States", texts)

    def test_statements_table(self) -> None:
        statements = [t for t in self.doc.tables if t.rows[0].cells[0].text == "Statement"][0]
        header = [c.text for c in statements.rows[0].cells]
        self.assertEqual(header, ["Statement", "Kind", "Meeting", "Date", "Status", "Speaker", "Length", "Signatories"])
        first = [c.text for c in statements.rows[1].cells]
        self.assertTrue(first[0].startswith("Enough is Enough"))
        self.assertTrue(first[-1].endswith("; and 82 more"), first[-1])
        gd = [c.text for c in statements.rows[2].cells]
        self.assertEqual(gd[2:4], ["General debate on item 4", "Wed 27 Jun"])

    def test_sources_are_hyperlinks(self) -> None:
        hrc("issue", "add", "--session", "40", "--title", "Civic space",
            "--source", "Report A/HRC/40/1|https://undocs.org/A/HRC/40/1", "--source", "https://ishr.ch/latest")
        out = WORK / "hrc40.docx"
        hrc("export", "--session", "40", "--format", "docx", "--out", str(out))
        links = [(h.text, h.url) for p in docx.Document(str(out)).paragraphs for h in p.hyperlinks]
        self.assertEqual(links, [("Report A/HRC/40/1", "https://undocs.org/A/HRC/40/1"), ("ishr.ch", "https://ishr.ch/latest")])

    def test_bullets_are_real_lists(self) -> None:
        bullets = [p for p in self.doc.paragraphs if p._p.pPr is not None and p._p.pPr.numPr is not None]
        self.assertTrue(any("San Jos" in p.text for p in bullets))
        # Bullets as bullets: the Reprisals asks are not numbered on from another list.
        formats = {num_format(self.doc, p) for p in bullets}
        self.assertEqual(formats, {"bullet"})

    def test_one_sans_serif_font_and_spacing_in_the_styles(self) -> None:
        styles = self.doc.styles.element
        fonts = styles.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr")).find(qn("w:rFonts"))
        self.assertEqual({fonts.get(qn(f"w:{a}")) for a in ("ascii", "hAnsi", "cs")}, {"Calibri"})
        spacing = styles.find(qn("w:docDefaults")).find(qn("w:pPrDefault")).find(qn("w:pPr")).find(qn("w:spacing"))
        self.assertGreater(int(spacing.get(qn("w:after"))), 0)
        # One Normal style (docx-rs writes its own), so that Word and LibreOffice read the same one.
        normals = [st for st in styles.findall(qn("w:style")) if st.get(qn("w:styleId")) == "Normal"]
        self.assertEqual(len(normals), 1)
        sizes = []
        for name in ("Heading 1", "Heading 2", "Heading 3"):
            style = self.doc.styles[name]
            self.assertGreater(style.paragraph_format.space_before.pt, 0, name)
            self.assertTrue(style.font.bold, name)
            sizes.append(style.font.size.pt)
        self.assertEqual(sizes, sorted(sizes, reverse=True))
        # Where Calibri is missing, metric-compatible Carlito, else any sans-serif.
        font_table = next(p for p in self.doc.part.package.parts if p.partname.endswith("fontTable.xml"))
        xml = font_table.blob.decode()
        self.assertIn('<w:font w:name="Calibri"><w:altName w:val="Carlito"/>', xml)
        self.assertIn('<w:family w:val="swiss"/>', xml)

    def test_labels_and_headings_keep_with_what_follows(self) -> None:
        asks = [p for p in self.doc.paragraphs if p.text == "Our asks:"]
        self.assertTrue(asks)
        self.assertTrue(all(p.paragraph_format.keep_with_next for p in asks))
        headings = [p for p in self.doc.paragraphs if p.style.name.startswith("Heading")]
        self.assertTrue(all(p.paragraph_format.keep_with_next for p in headings))

    def test_each_numbered_list_restarts(self) -> None:
        hrc("issue", "add", "--session", "40", "--title", "Two lists", "--overview", "1. first\n2. second\n",
            "--asks", "1. again from one\n2. and two\n")
        out = WORK / "hrc40-lists.docx"
        hrc("export", "--session", "40", "--format", "docx", "--sections", "key-issues", "--out", str(out))
        doc = docx.Document(str(out))
        items = [p for p in doc.paragraphs if p._p.pPr is not None and p._p.pPr.numPr is not None]
        by_text = {p.text: p._p.pPr.numPr.numId.val for p in items}
        self.assertEqual(by_text["first"], by_text["second"])
        self.assertNotEqual(by_text["first"], by_text["again from one"])
        self.assertEqual(num_format(doc, items[0]), "decimal")
        numbering = doc.part.numbering_part.element
        for p in items:
            num = numbering.num_having_numId(p._p.pPr.numPr.numId.val)
            self.assertEqual(num.find(qn("w:lvlOverride")).find(qn("w:startOverride")).get(qn("w:val")), "1")

    def test_tables_have_a_filled_grid_as_wide_as_the_table(self) -> None:
        self.assertGreater(len(self.doc.tables), 3)
        for table in self.doc.tables:
            header = table.rows[0].cells
            self.assertEqual(len(table.columns), len(header))
            grid = [int(c.get(qn("w:w"))) for c in table._tbl.tblGrid.findall(qn("w:gridCol"))]
            self.assertTrue(all(w > 0 for w in grid), grid)
            width = table._tbl.tblPr.find(qn("w:tblW"))
            self.assertEqual(width.get(qn("w:type")), "dxa")
            self.assertEqual(sum(grid), int(width.get(qn("w:w"))))
            self.assertEqual(table._tbl.tblPr.find(qn("w:tblLayout")).get(qn("w:type")), "fixed")
        statements = [t for t in self.doc.tables if t.rows[0].cells[0].text == "Statement"][0]
        widths = [c.width for c in statements.columns]
        self.assertEqual(max(widths), widths[0])  # the titles, widest

    def test_header_rows_repeat_and_rows_never_split(self) -> None:
        for table in self.doc.tables:
            for i, row in enumerate(table.rows):
                tr_pr = row._tr.trPr
                self.assertIsNotNone(tr_pr.find(qn("w:cantSplit")))
                self.assertEqual(tr_pr.find(qn("w:tblHeader")) is not None, i == 0)

    def test_header_and_footer_say_who_what_and_page_x_of_y(self) -> None:
        section = self.doc.sections[0]
        header = " ".join(p.text for p in section.header.paragraphs)
        self.assertIn("International Service for Human Rights", header)
        self.assertIn("HRC38", header)
        self.assertNotIn("CONFIDENTIAL", header)
        footer = section.footer._element.xml
        fields = [t.text.strip() for t in section.footer._element.iter(qn("w:instrText"))]
        self.assertEqual(fields, ["PAGE", "NUMPAGES"])
        self.assertIn("Exported ", footer)
        self.assertEqual(section.page_width, docx.shared.Twips(11906))  # A4 unless asked

    def test_letter_and_confidential_when_asked(self) -> None:
        out = WORK / "hrc38-letter.docx"
        hrc("export", "--session", "38", "--format", "docx", "--paper", "letter", "--confidential", "--out", str(out))
        section = docx.Document(str(out)).sections[0]
        self.assertEqual((section.page_width, section.page_height), (docx.shared.Twips(12240), docx.shared.Twips(15840)))
        self.assertIn("CONFIDENTIAL", " ".join(p.text for p in section.header.paragraphs))


class Calendar(unittest.TestCase):
    def test_summer_session_in_geneva_time(self) -> None:
        events = {str(e["SUMMARY"]): e for e in calendar("38")}
        gd = events["General debate on item 4"]
        start = gd.decoded("DTSTART")
        self.assertEqual(start, datetime(2018, 6, 27, 10, 0, tzinfo=timezone.utc))
        self.assertEqual(start.astimezone(GENEVA).strftime("%H:%M"), "12:00")
        self.assertEqual(str(gd["LOCATION"]), "Room XX")
        side = events["Side event: Public dialogue: sport and human rights"]
        self.assertEqual(side.decoded("DTSTART").astimezone(GENEVA).strftime("%Y-%m-%d %H:%M"), "2018-06-25 13:00")
        self.assertIn("Statement due: Item 4 general debate: Burundi, Eritrea and Syria", events)

    def test_a_delivered_statement_is_not_due(self) -> None:
        meetings = json.loads(hrc("meeting", "list", "--session", "40", "--json"))
        debate = next(m for m in meetings if m["title"] == "General debate on item 4")
        made = json.loads(hrc("statement", "add", "--session", "40", "--title", "Made in the debate",
                              "--meeting", debate["id"], "--json"))
        hrc("statement", "deliver", made["id"], "--at", "2019-03-01 10:40")
        summaries = {str(e["SUMMARY"]) for e in calendar("40")}
        self.assertIn("Statement delivered: Made in the debate", summaries)
        self.assertNotIn("Statement due: Made in the debate", summaries)

    def test_winter_session_in_geneva_time(self) -> None:
        events = {str(e["SUMMARY"]): e for e in calendar("40")}
        start = events["General debate on item 4"].decoded("DTSTART")
        self.assertEqual(start, datetime(2019, 3, 1, 8, 0, tzinfo=timezone.utc))
        self.assertEqual(start.astimezone(GENEVA).strftime("%H:%M"), "09:00")
        launch = events["Side event: Launch"].decoded("DTEND")
        self.assertEqual(launch.astimezone(GENEVA).strftime("%H:%M"), "15:00")
        # Action on a text: its action date, all day (no meeting 22 March in this programme).
        action = events["Action on text: A/HRC/RES/40/1 (A/HRC/40/L.5), Situation of human rights in Belarus"]
        self.assertEqual(str(action.decoded("DTSTART")), "2019-03-22")
        self.assertIn("Vote: 19-6-22.", str(action["DESCRIPTION"]))

    def test_uids_are_stable_and_unique(self) -> None:
        first = [str(e["UID"]) for e in calendar("38")]
        again = [str(e["UID"]) for e in calendar("38")]
        self.assertEqual(first, again)
        self.assertEqual(len(first), len(set(first)))
        self.assertTrue(all(uid.endswith("@hrc-planner") for uid in first))


class Bundle(unittest.TestCase):
    def test_follows_its_documented_schema(self) -> None:
        schema = json.loads((Path(__file__).parents[2] / "docs" / "bundle.schema.json").read_text())
        jsonschema.Draft202012Validator.check_schema(schema)
        bundle = json.loads(hrc("export", "--session", "38", "--format", "json"))
        jsonschema.validate(bundle, schema)
        self.assertEqual(len(bundle["agenda_items"]), 10)
        self.assertEqual(len(bundle["statement_signatories"]), 85)


if __name__ == "__main__":
    unittest.main(argv=sys.argv[:1], verbosity=2)
