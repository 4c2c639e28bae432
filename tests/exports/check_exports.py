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


def calendar(session: str) -> list:
    cal = icalendar.Calendar.from_ical(hrc("export", "--session", session, "--format", "ics"))
    return list(cal.walk("VEVENT"))


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
        self.assertEqual(header, ["Statement", "Kind", "Item", "Status", "Speaker", "Length", "Signatories"])
        first = [c.text for c in statements.rows[1].cells]
        self.assertTrue(first[0].startswith("Enough is Enough"))
        self.assertEqual(first[-1], "85")

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
