//! The Word document's lists: bullets as bullets, and each list its own numbering (a `w:num` of
//! its own, a numbered list starting where its Markdown starts it), so that no list carries on
//! the count of another.
use docx_rs::{
    AbstractNumbering, Docx, IndentLevel, Level, LevelJc, LevelOverride, LevelText, NumberFormat,
    Numbering, NumberingId, Paragraph, SpecialIndentType, Start,
};

/// docx-rs writes an abstract numbering and a numbering of its own with the id 1: ours start
/// after it.
const BULLETED: usize = 2;
const NUMBERED: usize = 3;
const FIRST_LIST: usize = 2;
/// How deep lists nest before deeper items stay at the last level.
pub const DEPTH: usize = 3;

/// The lists of one document, each given its numbering as it is met.
pub struct Lists {
    numberings: Vec<Numbering>,
}

/// One list: the numbering its items carry.
#[derive(Debug, Clone, Copy)]
pub struct List(usize);

impl List {
    /// `p` as an item of this list, `depth` lists deep (0: not nested).
    pub fn item(self, p: Paragraph, depth: usize) -> Paragraph {
        p.numbering(
            NumberingId::new(self.0),
            IndentLevel::new(depth.min(DEPTH - 1)),
        )
    }
}

impl Lists {
    pub fn new() -> Self {
        Lists {
            numberings: Vec::new(),
        }
    }

    /// A new bulleted list.
    pub fn bulleted(&mut self) -> List {
        self.add(Numbering::new(self.next_id(), BULLETED))
    }

    /// A new numbered list counting from `start`.
    pub fn numbered(&mut self, start: usize) -> List {
        let numbering = Numbering::new(self.next_id(), NUMBERED)
            .add_override(LevelOverride::new(0).start(start));
        self.add(numbering)
    }

    fn next_id(&self) -> usize {
        FIRST_LIST + self.numberings.len()
    }

    fn add(&mut self, numbering: Numbering) -> List {
        let id = self.next_id();
        self.numberings.push(numbering);
        List(id)
    }

    /// The document with the kinds of list (bulleted, numbered) and every list met.
    pub fn add_to(self, docx: Docx) -> Docx {
        let level = |depth: usize, format: &str, text: &str| {
            let indent = 360 * (depth as i32 + 1);
            Level::new(
                depth,
                Start::new(1),
                NumberFormat::new(format),
                LevelText::new(text),
                LevelJc::new("left"),
            )
            .indent(
                Some(indent),
                Some(SpecialIndentType::Hanging(360)),
                None,
                None,
            )
        };
        let mut bulleted = AbstractNumbering::new(BULLETED);
        let mut numbered = AbstractNumbering::new(NUMBERED);
        for (depth, (bullet, (format, text))) in ["•", "◦", "▪"]
            .into_iter()
            .zip([
                ("decimal", "%1."),
                ("lowerLetter", "%2."),
                ("lowerRoman", "%3."),
            ])
            .enumerate()
        {
            bulleted = bulleted.add_level(level(depth, "bullet", bullet));
            numbered = numbered.add_level(level(depth, format, text));
        }
        let mut docx = docx
            .add_abstract_numbering(bulleted)
            .add_abstract_numbering(numbered);
        for n in self.numberings {
            docx = docx.add_numbering(n);
        }
        docx
    }
}
