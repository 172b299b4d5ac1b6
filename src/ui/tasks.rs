//! Yielding to the browser: between the steps of the app's start, and after a click's
//! frame (work the reader cannot see waits until that frame is painted).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// Resolves in a later task, so the browser can paint and answer input in between: a long
/// start split this way is several short tasks, not one long one (a long task at load
/// delays the reader's first tap; Lighthouse counts it as blocking time).
///
/// `scheduler.yield()` where the browser has it (it resumes ahead of other queued work),
/// else a zero-delay timeout.
pub async fn next_task() {
    let global = js_sys::global();
    let scheduler = js_sys::Reflect::get(&global, &JsValue::from_str("scheduler"))
        .ok()
        .filter(|s| s.is_object());
    let yield_now = scheduler.as_ref().and_then(|s| {
        js_sys::Reflect::get(s, &JsValue::from_str("yield"))
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
    });
    let promise = match (scheduler, yield_now) {
        (Some(scheduler), Some(yield_now)) => yield_now
            .call0(&scheduler)
            .ok()
            .and_then(|p| p.dyn_into::<js_sys::Promise>().ok()),
        _ => None,
    };
    let promise = promise.unwrap_or_else(|| {
        js_sys::Promise::new(&mut |resolve, _| {
            if let Some(window) = web_sys::window() {
                let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
            }
        })
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// How long after the task that asked for it a batch waits for a frame before it runs
/// anyway: a page the browser does not draw (a hidden tab, an embed scrolled out of its
/// host's view) gets no animation frames, and the URL, the held parts and an embed's
/// height would wait until it is seen again.
const NO_FRAME_MS: i32 = 200;

/// Jobs that wait for the next frame to be painted, run in the order they were asked for.
/// One per page host (`super::html_host::Host`); a handle is cheap to clone.
#[derive(Clone, Default)]
pub struct AfterPaint {
    queue: Rc<AfterPaintQueue>,
}

#[derive(Default)]
struct AfterPaintQueue {
    /// The jobs waiting, in the order they were asked for.
    jobs: RefCell<Vec<Box<dyn FnOnce()>>>,
    /// Counts the batches run: each batch runs once, by whichever of its two triggers
    /// comes first.
    batch: Cell<u32>,
}

impl AfterPaint {
    /// Runs `job` in a task after the next frame has been painted: a frame's animation
    /// callbacks run just before its paint, and a task queued from one runs after it. Jobs
    /// run in the order they were asked for, all in that one task. If no frame comes within
    /// [`NO_FRAME_MS`] of the end of the asking task, they run then.
    pub fn push(&self, job: impl FnOnce() + 'static) {
        let first = {
            let mut jobs = self.queue.jobs.borrow_mut();
            jobs.push(Box::new(job));
            jobs.len() == 1
        };
        if !first {
            return;
        }
        let Some(window) = web_sys::window() else {
            return;
        };
        let batch = self.queue.batch.get();
        let queue = self.queue.clone();
        let after_frame =
            Closure::once_into_js(move || set_timeout(move || run_batch(&queue, batch), 0));
        let _ = window.request_animation_frame(after_frame.unchecked_ref());
        // Counted from a task after this one, so a long task asking for it does not use it up.
        let queue = self.queue.clone();
        set_timeout(
            move || set_timeout(move || run_batch(&queue, batch), NO_FRAME_MS),
            0,
        );
    }
}

/// Runs the waiting jobs if `batch` has not run yet.
fn run_batch(queue: &AfterPaintQueue, batch: u32) {
    if queue.batch.get() != batch {
        return;
    }
    queue.batch.set(batch.wrapping_add(1));
    // Taken out first: a job may ask for the next batch.
    let jobs = std::mem::take(&mut *queue.jobs.borrow_mut());
    for job in jobs {
        job();
    }
}

/// Runs `then` in a task `ms` milliseconds from now.
fn set_timeout(then: impl FnOnce() + 'static, ms: i32) {
    if let Some(window) = web_sys::window() {
        let then = Closure::once_into_js(then);
        let _ =
            window.set_timeout_with_callback_and_timeout_and_arguments_0(then.unchecked_ref(), ms);
    }
}
