//! The entities a mention may be: the ones mentioned lately, newest first,
//! and the ones whose name shares its first or last word.

use super::words::KeyMap;
use crate::items::Items;

/// How far back (in resolved mentions) a name, title or pronoun looks.
pub(crate) const WINDOW: usize = 200;

/// No entity: the end of a [`Recency`] list.
const NONE: usize = usize::MAX;

/// The entities of the history by their latest mention, newest first, each
/// once: a doubly linked list, moved to the front at each mention. A name
/// walked all [`WINDOW`] mentions of the history, mostly repeats of a few
/// entities (a fifth of the stage on 1 MB of news); the entities whose
/// latest mention is in the window are the same, in the same order.
pub(crate) struct Recency {
    /// Per entity, in one vector (one resize per new entity, and a walk
    /// reads one place per entity).
    links: Items<Link>,
    /// The entity mentioned last.
    head: usize,
}

/// An entity's place in the [`Recency`] list.
#[derive(Clone, Copy)]
struct Link {
    /// The history index of its latest mention ([`NONE`] before its first).
    latest: usize,
    /// Its neighbours in the list.
    newer: usize,
    older: usize,
}

/// No mention yet, in no list.
const UNLINKED: Link = Link {
    latest: NONE,
    newer: NONE,
    older: NONE,
};

impl Default for Recency {
    fn default() -> Self {
        Recency {
            links: Items::new(),
            head: NONE,
        }
    }
}

impl Recency {
    /// Records that history entry `at` (the newest) mentions entity `e`.
    pub(crate) fn seen(&mut self, e: usize, at: usize) {
        if e >= self.links.len() {
            self.links.resize(e + 1, UNLINKED);
        }
        let Link {
            latest,
            newer,
            older,
        } = self.links[e];
        if latest != NONE {
            // Unlinks it from where it was.
            if newer == NONE {
                self.head = older;
            } else {
                self.links[newer].older = older;
            }
            if older != NONE {
                self.links[older].newer = newer;
            }
        }
        if self.head != NONE {
            self.links[self.head].newer = e;
        }
        self.links[e] = Link {
            latest: at,
            newer: NONE,
            older: self.head,
        };
        self.head = e;
    }

    /// The entities of the last [`WINDOW`] of `len` history entries.
    pub(crate) fn of(&self, len: usize) -> Window<'_> {
        Window {
            list: self,
            from: len.saturating_sub(WINDOW),
        }
    }
}

/// The entities mentioned in the last [`WINDOW`] history entries.
#[derive(Clone, Copy)]
pub(crate) struct Window<'r> {
    list: &'r Recency,
    /// The first history index in the window.
    from: usize,
}

impl<'r> Window<'r> {
    /// The entities, most recently mentioned first, each once: the order in
    /// which a walk back over the history first meets them.
    pub(crate) fn entities(&self) -> impl Iterator<Item = usize> + 'r {
        let Window { list, from } = *self;
        let mut next = list.head;
        std::iter::from_fn(move || {
            let e = next;
            (e != NONE && list.links[e].latest >= from).then(|| {
                next = list.links[e].older;
                e
            })
        })
    }

    /// Whether entity `e` is mentioned in the window.
    pub(crate) fn holds(&self, e: usize) -> bool {
        self.list
            .links
            .get(e)
            .is_some_and(|l| l.latest != NONE && l.latest >= self.from)
    }

    /// Of `candidates`, the entity of the window mentioned last for which
    /// `fits` holds: what [`Window::entities`] finds first when every
    /// entity that fits is among the candidates (its order is that of the
    /// latest mentions, each entity's a different one).
    pub(crate) fn newest(
        &self,
        candidates: impl Iterator<Item = usize>,
        fits: impl Fn(usize) -> bool,
    ) -> Option<usize> {
        let latest = |e: usize| self.list.links.get(e).map_or(NONE, |l| l.latest);
        let mut best: Option<(usize, usize)> = None;
        for e in candidates {
            let at = latest(e);
            let newer = at != NONE && at >= self.from && best.is_none_or(|(b, _)| at > b);
            if newer && fits(e) {
                best = Some((at, e));
            }
        }
        best.map(|(_, e)| e)
    }
}

/// Per word (the head of a description, `spokesman`), the entity with it
/// mentioned last: the newest of the window with that head when it is in
/// the window, and none of them is otherwise. A head keeps its entity, so
/// this is the answer a list of all the entities with the head gave; but
/// that list grew with the text (each `a spokesman` a new entity), and its
/// walk read the recency of up to [`MAX_LIST`] entities scattered over a
/// table as large as the text's: a cache miss each on 10 MB.
#[derive(Default)]
pub(crate) struct Latest {
    by_word: Items<usize>,
}

impl Latest {
    /// Records that entity `e`, of head `word`, is the one mentioned last.
    pub(crate) fn seen(&mut self, word: u32, e: usize) {
        let at = word as usize;
        if at >= self.by_word.len() {
            self.by_word.resize(at + 1, NONE);
        }
        self.by_word[at] = e;
    }

    /// The entity of head `word` mentioned last, if any.
    pub(crate) fn of(&self, word: u32) -> Option<usize> {
        self.by_word
            .get(word as usize)
            .copied()
            .filter(|&e| e != NONE)
    }
}

/// The entities by the first and by the last word of their name (interned
/// numbers): a name fits only an entity whose name ends like it (`Clinton`,
/// `Hillary Clinton`) or, a lone given name, starts like it (`Ann`). A name
/// walked every entity of the window (~a fifth of resolution on 1 MB of
/// news), for the one or two that share a word with it.
///
/// The lists are chains of links in one vector, newest first: a vector per
/// word was an allocation (and a free) per distinct name word.
#[derive(Default)]
pub(crate) struct NameIndex {
    /// Per (word, whether the last word) at [`slot`]: the newest link of its
    /// list and the list's length. An entity is listed once per word it has
    /// had there (a name only grows: `Clinton` → `Hillary Clinton`). Word
    /// numbers are dense (see `resolution::names::Words`): a vector, where a
    /// hash table was 5% of resolution on 1 MB of news.
    by_word: Items<(usize, usize)>,
    /// (entity, the link listed before it under the same word, or [`NONE`]).
    links: Items<(usize, usize)>,
    /// Per entity, the (first, last) words it is listed under.
    listed: Items<Option<(u32, u32)>>,
}

/// A hash table keyed by a number (never 0), to two numbers: the type of the
/// table numbering name words and of the speakers' other numeric tables
/// (one hash table type fewer in the .wasm).
pub(crate) type WordMap = KeyMap<(usize, usize)>;

/// The place of a (whether the last word, the word) pair in
/// [`NameIndex::by_word`].
fn slot((last, word): (bool, u32)) -> usize {
    2 * word as usize + usize::from(last)
}

/// The longest list [`NameIndex::with`] gives out: past it (many people of
/// one surname) a caller walks the window instead, so that a text of
/// thousands of `… Smith` stays linear.
const MAX_LIST: usize = 256;

/// The entities of one list of a [`NameIndex`], newest first.
pub(crate) struct Listed<'i> {
    links: &'i [(usize, usize)],
    next: usize,
}

impl Iterator for Listed<'_> {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        let &(e, before) = self.links.get(self.next)?;
        self.next = before;
        Some(e)
    }
}

impl NameIndex {
    /// Lists entity `e` under the first and last of its name words `core`,
    /// after a mention named it (a name seen the first time or grown).
    pub(crate) fn note(&mut self, e: usize, core: &[u32]) {
        let (Some(&first), Some(&last)) = (core.first(), core.last()) else {
            return;
        };
        if e >= self.listed.len() {
            self.listed.resize(e + 1, None);
        }
        let before = self.listed[e].replace((first, last));
        if before.is_none_or(|(f, _)| f != first) {
            self.list(e, (false, first));
        }
        if before.is_none_or(|(_, l)| l != last) {
            self.list(e, (true, last));
        }
    }

    /// Puts entity `e` at the head of the list of `word`.
    fn list(&mut self, e: usize, word: (bool, u32)) {
        let link = self.links.len();
        let at = slot(word);
        if at >= self.by_word.len() {
            self.by_word.resize(at + 1, (NONE, 0));
        }
        let (head, len) = &mut self.by_word[at];
        self.links.push((e, *head));
        (*head, *len) = (link, *len + 1);
    }

    /// The entities listed under `word` as their last (or first) name word,
    /// among them every entity whose name ends (or starts) with it now;
    /// `None` when there are too many to be worth a look.
    pub(crate) fn with(&self, last: bool, word: u32) -> Option<Listed<'_>> {
        let (next, len) = self
            .by_word
            .get(slot((last, word)))
            .copied()
            .unwrap_or((NONE, 0));
        (len <= MAX_LIST).then_some(Listed {
            links: &self.links,
            next,
        })
    }

    /// An empty list.
    pub(crate) fn none(&self) -> Listed<'_> {
        Listed {
            links: &self.links,
            next: NONE,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_newest_candidate_is_the_first_fit_of_the_walk() {
        let mut recency = Recency::default();
        for (at, e) in [0, 1, 2, 1, 3, 0].into_iter().enumerate() {
            recency.seen(e, at);
        }
        let window = recency.of(6);
        let walk: Vec<usize> = window.entities().collect();
        assert_eq!(walk, [0, 3, 1, 2]);
        assert_eq!(window.newest([2, 1, 3].into_iter(), |_| true), Some(3));
        assert_eq!(window.newest([2, 1, 3].into_iter(), |e| e != 3), Some(1));
        assert_eq!(window.newest([5, 2].into_iter(), |_| true), Some(2));
        assert_eq!(window.newest([].into_iter(), |_| true), None);
        // An entity before the window is no candidate.
        assert_eq!(
            recency.of(6 + WINDOW - 2).newest([2].into_iter(), |_| true),
            None
        );
    }

    #[test]
    fn a_grown_name_is_listed_under_its_new_first_word() {
        let mut index = NameIndex::default();
        let with = |index: &NameIndex, last, word| {
            index
                .with(last, word)
                .map(|list| list.collect::<Vec<usize>>())
        };
        index.note(0, &[7]);
        index.note(0, &[7]);
        index.note(0, &[5, 7]);
        assert_eq!(with(&index, true, 7), Some(vec![0]));
        assert_eq!(with(&index, false, 5), Some(vec![0]));
        assert_eq!(with(&index, false, 9), Some(vec![]));
        assert_eq!(index.none().count(), 0);
        for e in 1..=MAX_LIST {
            index.note(e, &[e as u32, 8]);
        }
        assert_eq!(with(&index, true, 8).map(|l| l.len()), Some(MAX_LIST));
        // Newest first.
        assert_eq!(
            index.with(true, 8).and_then(|mut l| l.next()),
            Some(MAX_LIST)
        );
        // One more: too many, the caller walks the window.
        index.note(MAX_LIST + 1, &[1, 8]);
        assert_eq!(with(&index, true, 8), None);
    }
}
