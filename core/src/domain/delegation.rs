//! A State's delegation in Geneva (its permanent mission): the people to reach and my notes of
//! meetings with them. One record per State, shared by every session.
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// A stored delegation record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Delegation {
    pub id: Uuid,
    pub country_code: String,
    /// The State's name today.
    pub country_name: String,
    /// The people to reach, as typed (names, roles, addresses).
    pub contacts: String,
    /// My notes of meetings with them (Markdown).
    pub notes: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// A delegation as typed: the State by name or code (one record per State).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(default)]
pub struct DelegationInput {
    pub country: String,
    pub contacts: String,
    pub notes: String,
}

impl Delegation {
    /// The input that saves it unchanged: the base of an edit of some of its fields.
    pub fn to_input(&self) -> DelegationInput {
        DelegationInput {
            country: self.country_code.clone(),
            contacts: self.contacts.clone(),
            notes: self.notes.clone(),
        }
    }
}
