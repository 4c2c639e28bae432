//! Notes about texts in the ten-year database: once a session's texts are written, one note in
//! twelve (the session's newest first) is linked to one of them (schema 12), as a person files
//! what the core group said under the draft. The texts are drawn from their own random stream so
//! that the rest of the content is what it was before notes were linked to texts.
use anyhow::Result;
use hrc_core::domain::note::NoteInput;
use hrc_core::Store;
use rand::seq::IndexedRandom;
use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;

use super::SessionRows;

/// Links some of the notes of the session `rows` to its texts; how many were linked.
pub fn link(store: &mut Store, seed: u64, rows: &SessionRows) -> Result<u32> {
    let number = rows.dates.number;
    let mut rng = ChaCha8Rng::seed_from_u64(seed ^ (0x2073_7e47_0000 + u64::from(number)));
    let texts: Vec<_> = store
        .resolutions(rows.id)?
        .into_iter()
        .map(|t| t.id)
        .collect();
    let mut linked = 0;
    for note in store.notes(rows.id)?.into_iter().step_by(12) {
        let Some(text) = texts.choose(&mut rng) else {
            break;
        };
        let input = NoteInput {
            resolution_id: Some(text.to_string()),
            ..NoteInput::from(&note)
        };
        store.update_note(note.id, &input)?;
        linked += 1;
    }
    Ok(linked)
}
