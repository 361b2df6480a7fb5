//! Sorting through one compiled copy of the standard library's sort.
//!
//! Every `sort_by_key` with its own closure compiles its own copy of the
//! standard sort, a few kilobytes of wasm each; with some twenty call
//! sites those copies were about 86 KB of the uncompressed module. Here
//! the order is worked out once, on indices, behind one `dyn` comparison,
//! and then applied to the items by swapping them into place.

use std::cmp::Ordering;

/// Sorts `items` by `cmp`, keeping equal items in the order they were
/// (like `slice::sort_by`).
pub fn sort_by<T>(items: &mut [T], cmp: impl Fn(&T, &T) -> Ordering) {
    let order = order(items.len(), &|a, b| cmp(&items[a], &items[b]));
    apply(items, order);
}

/// Sorts `items` by the key `key` gives each (like `slice::sort_by_key`).
pub fn sort_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` by a key worked out once per item (like
/// `slice::sort_by_cached_key`), for keys that cost something to make.
pub fn sort_by_cached_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    let keys: Vec<K> = items.iter().map(key).collect();
    let order = order(keys.len(), &|a, b| keys[a].cmp(&keys[b]));
    apply(items, order);
}

/// Sorts items that are their own order (like `slice::sort`).
pub fn sort<T: Ord>(items: &mut [T]) {
    sort_by(items, T::cmp);
}

/// The indices `0..len` in sorted order: position `k` of the result names
/// the item that belongs at `k`. Not generic, so compiled once.
#[inline(never)]
fn order(len: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut indices: Vec<usize> = (0..len).collect();
    indices.sort_by(|&a, &b| cmp(a, b));
    indices
}

/// Moves each item to its place, one cycle of the permutation at a time.
fn apply<T>(items: &mut [T], mut order: Vec<usize>) {
    const DONE: usize = usize::MAX;
    for start in 0..order.len() {
        let mut at = start;
        // Position `at` takes the item at `order[at]`; the item that was at
        // `start` travels along the cycle and ends where it belongs.
        while order[at] != DONE {
            let from = std::mem::replace(&mut order[at], DONE);
            if from == start {
                break;
            }
            items.swap(at, from);
            at = from;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Same result as the standard library's stable sort, including
        /// the order of equal keys.
        #[test]
        fn sorts_as_the_standard_sort_does(items in prop::collection::vec((0u8..6, any::<u16>()), 0..60)) {
            let mut ours = items.clone();
            let mut std_sorted = items.clone();
            sort_by_key(&mut ours, |p| p.0);
            std_sorted.sort_by_key(|p| p.0);
            prop_assert_eq!(&ours, &std_sorted);
            let mut cached = items.clone();
            sort_by_cached_key(&mut cached, |p| p.0);
            prop_assert_eq!(&cached, &std_sorted);
            let mut whole = items.clone();
            let mut std_whole = items;
            sort(&mut whole);
            std_whole.sort();
            prop_assert_eq!(whole, std_whole);
        }
    }

    #[test]
    fn reverse_order_by_a_comparison() {
        let mut v = vec!["b", "c", "a"];
        sort_by(&mut v, |a, b| b.cmp(a));
        assert_eq!(v, ["c", "b", "a"]);
    }
}
