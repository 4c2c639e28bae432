//! The Word document's pages: the paper and its margins, a header with the organisation and what
//! the document is about (and "Confidential" when asked), and a footer with "Page x of y" and the
//! day it was exported.
use chrono::NaiveDate;
use docx_rs::{
    Docx, Footer, Header, NumPages, PageMargin, PageNum, Paragraph, Run, Tab, TabValueType,
};

use super::styles::{FOOTER, HEADER};
use crate::export::page::PageSetup;

/// The page's margins, in twips (2 cm), and the header's and footer's distance from its edge.
const MARGIN: u32 = 1134;
const HEADER_DISTANCE: u32 = 567;

/// What the pages of an export say beside its content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Letterhead {
    /// The advocate's organisation (Settings), or empty.
    pub organisation: String,
    /// What the document is about, as short as the header needs ("HRC38").
    pub subject: String,
    /// The day of the export, said in the footer.
    pub exported: Option<NaiveDate>,
    pub page: PageSetup,
}

impl Letterhead {
    /// The width the text (and each table) takes between the margins, in twips.
    pub fn text_width(&self) -> u32 {
        self.page.paper.size().0 - 2 * MARGIN
    }

    /// The document set on its paper with its header and footer.
    pub fn add_to(&self, docx: Docx) -> Docx {
        let (w, h) = self.page.paper.size();
        let right = Tab::new()
            .val(TabValueType::Right)
            .pos(self.text_width() as usize);
        let who: Vec<&str> = [self.organisation.trim(), self.subject.trim()]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect();
        let mut header = Paragraph::new()
            .style(HEADER)
            .add_tab(right.clone())
            .add_run(Run::new().add_text(who.join(" · ")));
        if self.page.confidential {
            header = header.add_run(
                Run::new()
                    .add_tab()
                    .add_text("CONFIDENTIAL")
                    .bold()
                    .color("B00020"),
            );
        }
        let mut footer = Paragraph::new()
            .style(FOOTER)
            .add_tab(right)
            .add_run(Run::new().add_text("Page "))
            .add_page_num(PageNum::new())
            .add_run(Run::new().add_text(" of "))
            .add_num_pages(NumPages::new());
        if let Some(day) = self.exported {
            footer = footer.add_run(
                Run::new()
                    .add_tab()
                    .add_text(format!("Exported {}", day.format("%-d %B %Y"))),
            );
        }
        docx.page_size(w, h)
            .page_margin(
                PageMargin::new()
                    .top(MARGIN as i32)
                    .bottom(MARGIN as i32)
                    .left(MARGIN as i32)
                    .right(MARGIN as i32)
                    .header(HEADER_DISTANCE as i32)
                    .footer(HEADER_DISTANCE as i32),
            )
            .header(Header::new().add_paragraph(header))
            .footer(Footer::new().add_paragraph(footer))
    }
}
