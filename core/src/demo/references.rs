//! The example's mandates and reports as the public record gives them: the mandate holders who
//! presented at HRC38 with their holders, creating or renewing resolution and renewal session
//! where the record states them, and the main reports' titles. Symbols without a title here
//! (addenda, NGO written statements) are made by the programme from the Order of the Day.
use crate::domain::document::DocumentInput;
use crate::domain::mandate::MandateInput;
use crate::error::Result;
use crate::store::Store;

pub(super) const EXECUTIONS: &str =
    "Special Rapporteur on extrajudicial, summary or arbitrary executions";
pub(super) const EXPRESSION: &str =
    "Special Rapporteur on the promotion and protection of the right to freedom of opinion and expression";
pub(super) const VIOLENCE_AGAINST_WOMEN: &str =
    "Special Rapporteur on violence against women, its causes and consequences";
pub(super) const MIGRANTS: &str = "Special Rapporteur on the human rights of migrants";
pub(super) const SOGI: &str = "Independent Expert on protection against violence and discrimination based on sexual orientation and gender identity";
pub(super) const COI_BURUNDI: &str = "Commission of Inquiry on Burundi";

/// Writes the mandates and the titled reports (shared by every session, as organisations are).
pub(super) fn write(store: &mut Store) -> Result<()> {
    let mandate = |name: &str, theme: &str, holders: &[&str]| MandateInput {
        name: name.into(),
        theme: theme.into(),
        holders: holders.iter().map(|h| h.to_string()).collect(),
        ..MandateInput::default()
    };
    // Resolution 35/15 (June 2017) renewed the mandate for three years; resolution 44/5 renewed
    // it at HRC44.
    store.create_mandate(&MandateInput {
        resolution: "A/HRC/RES/35/15".into(),
        renewal_session: Some(44),
        ..mandate(
            EXECUTIONS,
            "Extrajudicial, summary or arbitrary executions",
            &["Agnès Callamard"],
        )
    })?;
    store.create_mandate(&mandate(
        EXPRESSION,
        "Freedom of opinion and expression",
        &["David Kaye"],
    ))?;
    store.create_mandate(&mandate(
        VIOLENCE_AGAINST_WOMEN,
        "Violence against women",
        &["Dubravka Šimonović"],
    ))?;
    store.create_mandate(&mandate(
        MIGRANTS,
        "Human rights of migrants",
        &["Felipe González Morales"],
    ))?;
    // Created by resolution 32/2 (June 2016) for three years; renewed at HRC41 (resolution 41/18).
    store.create_mandate(&MandateInput {
        resolution: "A/HRC/RES/32/2".into(),
        renewal_session: Some(41),
        ..mandate(
            SOGI,
            "Sexual orientation and gender identity",
            &["Victor Madrigal-Borloz"],
        )
    })?;
    // Created by resolution 33/24 (2016), renewed for a year by 36/19 (2017) and again at HRC39
    // (39/14); Doudou Diène presides from February 2018, Lucy Asuagbor joined in March 2018.
    store.create_mandate(&MandateInput {
        country: Some("BDI".into()),
        resolution: "A/HRC/RES/36/19".into(),
        renewal_session: Some(39),
        ..mandate(
            COI_BURUNDI,
            "",
            &["Doudou Diène", "Lucy Asuagbor", "Françoise Hampson"],
        )
    })?;
    for (symbol, title) in [
        (
            "A/HRC/38/44",
            "Report of the Special Rapporteur on extrajudicial, summary or arbitrary executions on armed non-State actors: the protection of the right to life",
        ),
        (
            "A/HRC/38/35",
            "Report of the Special Rapporteur on the promotion and protection of the right to freedom of opinion and expression",
        ),
        (
            "A/HRC/38/47",
            "Report of the Special Rapporteur on violence against women, its causes and consequences",
        ),
        (
            "A/HRC/38/41",
            "Report of the Special Rapporteur on the human rights of migrants",
        ),
        (
            "A/HRC/38/43",
            "Report of the Independent Expert on protection against violence and discrimination based on sexual orientation and gender identity",
        ),
    ] {
        store.create_document(&DocumentInput {
            symbol: symbol.into(),
            title: title.into(),
            kind: None,
        })?;
    }
    Ok(())
}
