//! The entity of a pronoun: the most recent compatible one, a subject of
//! this paragraph or the one before first.

use super::{Entity, Sort, recent};
use crate::speakers::words::{Gender, Pronoun};

/// The entity the pronoun `p` in `paragraph` stands for, among the recent
/// mentions of `history`.
pub(super) fn pronoun(
    entities: &[Entity],
    history: &[(usize, u32, bool)],
    p: Pronoun,
    paragraph: u32,
) -> Option<usize> {
    let fits = |e: &Entity| match p {
        Pronoun::He | Pronoun::She => {
            let g = if p == Pronoun::He {
                Gender::Male
            } else {
                Gender::Female
            };
            let person =
                e.sort == Sort::Person || e.sort == Sort::Unknown && (e.speaks || e.core.len > 1);
            person && e.gender.is_none_or(|x| x == g)
        }
        Pronoun::They => matches!(e.sort, Sort::Group | Sort::Thing),
        Pronoun::It => e.sort == Sort::Thing,
    };
    let near = |para: u32| para + 1 >= paragraph;
    // A subject in this paragraph or the one before wins over a nearer
    // mention elsewhere in a sentence: `“…,” Ann said of Bob. “…,” she added`.
    let subject = recent(history)
        .take_while(|&&(_, para, _)| near(para))
        .find(|&&(e, _, subject)| subject && fits(&entities[e]));
    let any = || {
        recent(history)
            .take_while(|&&(_, para, _)| para + 3 >= paragraph)
            .find(|&&(e, _, _)| fits(&entities[e]))
    };
    subject.or_else(any).map(|&(e, _, _)| e)
}
