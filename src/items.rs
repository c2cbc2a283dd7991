//! A `Vec` whose indexing checks its bounds at one place of the crate.
//!
//! Indexing a `Vec` or a slice (`v[i]`) panics, out of bounds, with the
//! location of the indexing expression: each such place is a call of its
//! own with the index, the length and a 16-byte location record in the
//! .wasm's data. An [`Items`] list panics through one function without
//! arguments instead ([`crate::bugs`]), so an index costs a test and a short
//! call. The speakers' `TokenList` and `EntityList` do the same for their
//! own types. Not everywhere: where it cost instructions on a hot path
//! (the lexicon's hash table, the name cores) the `Vec` stays.

use crate::bugs::out_of_bounds;
use std::ops::{Deref, DerefMut, Index, IndexMut, Range, RangeFrom, RangeTo};

/// A `Vec` indexed with one shared panic (see the module). Everything else
/// is the `Vec`'s, through `Deref`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Items<T>(Vec<T>);

impl<T> Items<T> {
    /// An empty list.
    pub(crate) const fn new() -> Items<T> {
        Items(Vec::new())
    }
}

impl<T> Default for Items<T> {
    fn default() -> Items<T> {
        Items::new()
    }
}

impl<T> From<Vec<T>> for Items<T> {
    fn from(items: Vec<T>) -> Items<T> {
        Items(items)
    }
}

impl<T> From<Items<T>> for Vec<T> {
    fn from(items: Items<T>) -> Vec<T> {
        items.0
    }
}

impl<T> FromIterator<T> for Items<T> {
    fn from_iter<I: IntoIterator<Item = T>>(items: I) -> Items<T> {
        Items(Vec::from_iter(items))
    }
}

impl<T> Deref for Items<T> {
    type Target = Vec<T>;

    fn deref(&self) -> &Vec<T> {
        &self.0
    }
}

impl<T> DerefMut for Items<T> {
    fn deref_mut(&mut self) -> &mut Vec<T> {
        &mut self.0
    }
}

impl<'a, T> IntoIterator for &'a Items<T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

impl<'a, T> IntoIterator for &'a mut Items<T> {
    type Item = &'a mut T;
    type IntoIter = std::slice::IterMut<'a, T>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter_mut()
    }
}

impl<T> Index<usize> for Items<T> {
    type Output = T;

    #[inline(always)]
    fn index(&self, i: usize) -> &T {
        match self.0.get(i) {
            Some(item) => item,
            None => out_of_bounds(),
        }
    }
}

impl<T> IndexMut<usize> for Items<T> {
    #[inline(always)]
    fn index_mut(&mut self, i: usize) -> &mut T {
        match self.0.get_mut(i) {
            Some(item) => item,
            None => out_of_bounds(),
        }
    }
}

/// The ranges a list is sliced by, each an impl of its own: with one
/// generic impl over `SliceIndex`, the slice's own index (and its located
/// panic) would be inlined at each place.
macro_rules! index_by_range {
    ($($range:ty),*) => {$(
        impl<T> Index<$range> for Items<T> {
            type Output = [T];

            #[inline(always)]
            fn index(&self, range: $range) -> &[T] {
                match self.0.get(range) {
                    Some(items) => items,
                    None => out_of_bounds(),
                }
            }
        }

        impl<T> IndexMut<$range> for Items<T> {
            #[inline(always)]
            fn index_mut(&mut self, range: $range) -> &mut [T] {
                match self.0.get_mut(range) {
                    Some(items) => items,
                    None => out_of_bounds(),
                }
            }
        }
    )*};
}

index_by_range!(Range<usize>, RangeFrom<usize>, RangeTo<usize>);
