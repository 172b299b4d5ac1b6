//! The cost of reading a URL is bounded and linear in its length, checked without a clock:
//! a counting allocator measures the work `ViewState::parse` does (every decoded name and
//! value, every notice, every set entry is an allocation), so the bound cannot flake on a
//! busy machine. The probe of issue 10 found 100,000 keys took 6 to 14 seconds and made
//! 100,000 notices; here the same URL may allocate no more than a short one near the limit.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use cyber_budget_explorer::budget::query::{ViewState, MAX_QUERY_BYTES};
use cyber_budget_explorer::budget::Dataset;
use cyber_budget_explorer::dataset::latest_edition;

/// The system allocator, counting this thread's allocations (tests run on several threads).
struct Counting;

thread_local! {
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
    static BYTES: Cell<usize> = const { Cell::new(0) };
}

// SAFETY: every call is passed on to `System` unchanged; only thread-local counters are added.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let _ = ALLOCATIONS.try_with(|n| n.set(n.get() + 1));
        let _ = BYTES.try_with(|n| n.set(n.get() + layout.size()));
        System.alloc(layout)
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        System.dealloc(ptr, layout)
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let _ = ALLOCATIONS.try_with(|n| n.set(n.get() + 1));
        let _ = BYTES.try_with(|n| n.set(n.get() + new_size));
        System.realloc(ptr, layout, new_size)
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Allocations and bytes allocated while parsing `query`.
fn work(query: &str, data: &Dataset) -> (usize, usize) {
    let before = (ALLOCATIONS.with(Cell::get), BYTES.with(Cell::get));
    let parsed = ViewState::parse(query, data);
    let after = (ALLOCATIONS.with(Cell::get), BYTES.with(Cell::get));
    drop(parsed);
    (after.0 - before.0, after.1 - before.1)
}

/// `n` parameters as the probe sent them: distinct unknown keys, each a notice.
fn keys(n: usize) -> String {
    (0..n).map(|i| format!("k{i}=v&")).collect()
}

#[test]
fn work_grows_at_most_linearly_and_stops_at_the_limit() {
    let data = latest_edition().unwrap();
    let plain = work("", &data);
    let mut previous: Option<(usize, (usize, usize))> = None;
    for n in [10, 100, 1_000, 10_000, 100_000, 150_000] {
        let query = keys(n);
        let (allocs, bytes) = work(&query, &data);
        // Linear: every byte of the query costs at most a bounded number of bytes and a
        // bounded number of allocations (generous factors; a quadratic step blows them).
        assert!(
            bytes <= plain.1 + 64 * query.len(),
            "{n} keys: {bytes} bytes"
        );
        assert!(
            allocs <= plain.0 + 2 * query.len(),
            "{n} keys: {allocs} allocations"
        );
        // Bounded: past the limit, ten times the keys cost no more.
        if let Some((m, (prev_allocs, prev_bytes))) = previous {
            if m >= 1_000 {
                assert!(
                    allocs <= prev_allocs + 10,
                    "{m} -> {n} keys: {prev_allocs} -> {allocs}"
                );
                assert!(
                    bytes <= prev_bytes + 1_024,
                    "{m} -> {n} keys: {prev_bytes} -> {bytes}"
                );
            }
        }
        previous = Some((n, (allocs, bytes)));
    }
    // One parameter of a megabyte is cut at the limit: it is counted, never copied.
    let huge = format!("q={}&lang=en", "%E5%86%86".repeat(350_000));
    let (_, bytes) = work(&huge, &data);
    assert!(bytes < MAX_QUERY_BYTES, "{bytes} bytes");
}
