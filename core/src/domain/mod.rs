//! The nouns of the Council as an advocate plans them, with their inputs and derived values.
pub mod agenda;
pub mod as_input;
pub mod brief;
pub mod clash;
pub mod consultation;
pub mod delegation;
pub mod document;
pub mod key_issue;
pub mod lobby;
pub mod mandate;
pub mod meeting;
pub mod membership;
pub mod note;
pub mod organisation;
pub mod overview;
pub mod programme_import;
pub mod resolution;
pub mod search;
pub mod session;
pub mod settings;
pub mod side_event;
pub mod signatory_list;
pub mod situation;
pub mod source;
pub mod speaking_rule;
pub mod statement;
pub mod today;
pub mod vote_by_group;
pub mod vote_list;

/// A closed set of choices as a menu lists them: every choice in display order, each with its
/// stored key and the label a person reads. The window gets these lists generated with the
/// bindings, so that a label is written once, here.
pub trait Choice: Copy + 'static {
    /// Every choice, in display order.
    fn all() -> &'static [Self];
    /// The stored and serialised name.
    fn key(self) -> &'static str;
    /// The name shown to a person.
    fn label(self) -> &'static str;
}

/// Declares a closed set of choices stored and serialised by kebab-case name,
/// with a human label and a parser whose error names the field.
macro_rules! choices {
    ($(#[$m:meta])* $name:ident { $($variant:ident = $key:literal : $label:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
        #[cfg_attr(feature = "ts", derive(ts_rs::TS))]
        pub enum $name { $(#[serde(rename = $key)] $variant),+ }

        impl $name {
            /// Every choice, in display order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The stored and serialised name.
            pub fn key(self) -> &'static str {
                match self { $($name::$variant => $key),+ }
            }

            /// The name shown to a person.
            pub fn label(self) -> &'static str {
                match self { $($name::$variant => $label),+ }
            }

            /// Parses a stored or typed name; the error names `field`.
            pub fn parse(field: &str, value: &str) -> $crate::error::Result<Self> {
                $crate::validate::choice(field, value, Self::ALL, Self::key)
            }
        }

        impl $crate::domain::Choice for $name {
            fn all() -> &'static [Self] {
                Self::ALL
            }
            fn key(self) -> &'static str {
                $name::key(self)
            }
            fn label(self) -> &'static str {
                $name::label(self)
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.label())
            }
        }

        impl rusqlite::types::ToSql for $name {
            fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
                Ok(self.key().into())
            }
        }

        impl rusqlite::types::FromSql for $name {
            fn column_result(v: rusqlite::types::ValueRef<'_>) -> rusqlite::types::FromSqlResult<Self> {
                let s = v.as_str()?;
                Self::ALL.iter().copied().find(|c| c.key() == s)
                    .ok_or_else(|| rusqlite::types::FromSqlError::Other(format!("unknown {} {s:?}", stringify!($name)).into()))
            }
        }
    };
}
pub(crate) use choices;

#[cfg(test)]
mod tests {
    /// Every choice serialises (to the UI, into bundles) under the name it is stored and typed by.
    #[test]
    fn serde_names_are_the_stored_keys() {
        fn check<T: serde::Serialize + Copy>(all: &[T], key: fn(T) -> &'static str) {
            for c in all {
                assert_eq!(
                    serde_json::to_string(c).unwrap(),
                    format!("\"{}\"", key(*c))
                );
            }
        }
        use super::*;
        check(session::SessionKind::ALL, session::SessionKind::key);
        check(meeting::MeetingKind::ALL, meeting::MeetingKind::key);
        check(situation::Priority::ALL, situation::Priority::key);
        check(statement::StatementKind::ALL, statement::StatementKind::key);
        check(
            statement::StatementStatus::ALL,
            statement::StatementStatus::key,
        );
        check(
            organisation::EcosocStatus::ALL,
            organisation::EcosocStatus::key,
        );
        check(
            organisation::PasteOutcome::ALL,
            organisation::PasteOutcome::key,
        );
        check(
            signatory_list::SkipReason::ALL,
            signatory_list::SkipReason::key,
        );
        check(
            side_event::SideEventStatus::ALL,
            side_event::SideEventStatus::key,
        );
        check(search::SearchKind::ALL, search::SearchKind::key);
        check(vote_list::VoteCast::ALL, vote_list::VoteCast::key);
        check(
            resolution::ResolutionKind::ALL,
            resolution::ResolutionKind::key,
        );
        check(
            resolution::ResolutionStatus::ALL,
            resolution::ResolutionStatus::key,
        );
        check(
            resolution::MandateEffect::ALL,
            resolution::MandateEffect::key,
        );
        check(resolution::SponsorRole::ALL, resolution::SponsorRole::key);
        check(resolution::VoteOutcome::ALL, resolution::VoteOutcome::key);
        check(
            resolution::AmendmentStatus::ALL,
            resolution::AmendmentStatus::key,
        );
        check(
            crate::reference::regional_groups::RegionalGroup::ALL,
            crate::reference::regional_groups::RegionalGroup::key,
        );
        check(
            crate::export::ExportFormat::ALL,
            crate::export::ExportFormat::key,
        );
        check(crate::export::Section::ALL, crate::export::Section::key);
    }

    /// A badge names a statement's kind without the word "statement"; a menu with it.
    #[test]
    fn statement_kinds_read_short_and_long() {
        use super::statement::StatementKind;
        let short: Vec<_> = StatementKind::ALL.iter().map(|k| k.short_label()).collect();
        assert_eq!(
            short,
            ["Oral", "Written", "Joint oral", "Joint written", "Video"]
        );
        assert_eq!(StatementKind::JointOral.label(), "Joint oral statement");
    }
}
