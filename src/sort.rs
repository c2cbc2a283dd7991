//! One sort for the whole crate.
//!
//! The standard library's `sort_by_key` is compiled anew for every element
//! type and key closure: the seven sorts of the pipeline were 76 functions
//! and 31 KB of the `.wasm` (twiggy, December 2026), a fifth of our size
//! budget. Here each caller reduces an element to a `u128` key, and the one
//! instance of `sort_unstable` on `(key, index)` pairs orders them; the index
//! breaks ties, so the order is stable. Only the small permutation step is
//! compiled per element type.

use crate::items::Items;

/// Sorts `items` by `key`, stably (equal keys keep their order).
pub(crate) fn sort_by_key<T>(items: &mut [T], key: impl Fn(&T) -> u128) {
    if items.len() < 2 {
        return;
    }
    let mut order: Vec<(u128, u32)> = items
        .iter()
        .enumerate()
        .map(|(i, t)| (key(t), index(i)))
        .collect();
    sort_pairs(&mut order);
    let mut from: Items<u32> = order.into_iter().map(|(_, i)| i).collect();
    permute(items, &mut from);
}

/// Two numbers as one key that orders by `high`, then by `low`.
pub(crate) fn pair(high: usize, low: usize) -> u128 {
    ((high as u128) << 64) | low as u128
}

/// An insertion sort while that has moved pairs fewer times than a quarter
/// of their number: the lists sorted here are often in order or nearly
/// (mentions merged in text order), and then this is linear; a list far from
/// it (a speaker's mentions with its pronouns after) falls back soon to a
/// heapsort. The pairs differ (by index), so the order is the same either
/// way. (A budget of one move per pair cost more on the bench, of eight much
/// more.)
#[inline(never)]
fn sort_pairs(order: &mut [(u128, u32)]) {
    let mut budget = order.len() / 4;
    for i in 1..order.len() {
        let mut j = i;
        while j > 0 && order[j - 1] > order[j] {
            if budget == 0 {
                heapsort(order);
                return;
            }
            order.swap(j - 1, j);
            budget -= 1;
            j -= 1;
        }
    }
}

/// The fallback of [`sort_pairs`], O(n log n) and in place. Not the standard
/// library's `sort_unstable`: its instance (quicksort, small sorts, pivot
/// choice and its own heapsort) was ~5.9 KB of the .wasm before wasm-opt
/// for a path taken a few times per text, and the pairs all differ, so any
/// correct sort gives the same order.
fn heapsort(order: &mut [(u128, u32)]) {
    // A max-heap of the whole list, then its largest pair moved to the end
    // of the shrinking heap, one at a time.
    for node in (0..order.len() / 2).rev() {
        sift_down(order, node);
    }
    for end in (1..order.len()).rev() {
        order.swap(0, end);
        sift_down(&mut order[..end], 0);
    }
}

/// Moves the pair at `node` down the max-heap `heap` until it is no smaller
/// than its children.
fn sift_down(heap: &mut [(u128, u32)], mut node: usize) {
    loop {
        let mut child = 2 * node + 1;
        if child >= heap.len() {
            return;
        }
        if child + 1 < heap.len() && heap[child] < heap[child + 1] {
            child += 1;
        }
        if heap[node] >= heap[child] {
            return;
        }
        heap.swap(node, child);
        node = child;
    }
}

/// An index as `u32`: the items sorted here are spans, mentions and quotes of
/// one text, far fewer than 2^32.
fn index(i: usize) -> u32 {
    u32::try_from(i).expect("fewer than 2^32 items to sort")
}

/// Reorders `items` so that position `k` holds what was at `from[k]`, in
/// place: each cycle of the permutation is walked once with swaps. `from` is
/// used up (set to `DONE`). (`from` an `Items`: compiled per element type,
/// a slice's indexing here was a location record and a call in each
/// instance.)
fn permute<T>(items: &mut [T], from: &mut Items<u32>) {
    const DONE: u32 = u32::MAX;
    for start in 0..items.len() {
        let mut k = start;
        while from[k] != DONE {
            let source = from[k] as usize;
            from[k] = DONE;
            if source == start {
                break;
            }
            // `items[k]` takes the element at `source`; what was at `k`
            // (the cycle's first element) travels on to `source`.
            items.swap(k, source);
            k = source;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_the_standard_stable_sort() {
        // A small deterministic generator: many ties, several cycles.
        let mut seed = 7u32;
        for n in [0usize, 1, 2, 3, 10, 100, 1000] {
            let items: Vec<(u8, usize)> = (0..n)
                .map(|i| {
                    seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                    ((seed >> 16) as u8 % 13, i)
                })
                .collect();
            let mut ours = items.clone();
            sort_by_key(&mut ours, |&(k, _)| u128::from(k));
            let mut std = items;
            std.sort_by_key(|&(k, _)| k);
            assert_eq!(ours, std, "n = {n}");
        }
    }

    #[test]
    fn nearly_sorted_and_reversed_lists_sort_like_the_standard_sort() {
        for n in [2usize, 5, 50, 500] {
            let nearly: Vec<u32> = (0..n as u32).map(|i| i ^ 3).collect();
            let reversed: Vec<u32> = (0..n as u32).rev().collect();
            for items in [nearly, reversed] {
                let mut ours = items.clone();
                sort_by_key(&mut ours, |&k| u128::from(k));
                let mut std = items;
                std.sort();
                assert_eq!(ours, std, "n = {n}");
            }
        }
    }

    #[test]
    fn a_pair_orders_by_its_first_number_then_its_second() {
        assert!(pair(1, 0) > pair(0, usize::MAX));
        assert!(pair(3, 4) < pair(3, 5));
        assert_eq!(pair(2, 9), pair(2, 9));
    }
}
