//! The message shown instead of a blank page when the app cannot go on.
//!
//! Written with plain DOM calls, not Leptos, because it must work when the reactive
//! system itself is what failed.

use crate::ui::prelude::document;

use crate::markup::names::Id;

/// Shows every panic on the page (and its message in the console) instead of leaving it
/// blank.
pub fn install_panic_notice() {
    std::panic::set_hook(Box::new(|info| {
        let detail = info.to_string();
        leptos_dom::logging::console_error(&detail);
        show_fatal(&detail);
    }));
}

/// Puts a bilingual error message with `detail` at the top of the page.
pub fn show_fatal(detail: &str) {
    let document = document();
    let Some(body) = document.body() else { return };
    let Ok(panel) = document.create_element("div") else {
        return;
    };
    panel.set_class_name("fatal");
    let _ = panel.set_attribute("role", "alert");
    let _ = panel.set_attribute("id", Id::Fatal.as_str());
    let message = "問題が発生したため表示を続けられません。ページを再読み込みしてください。\
                   Something went wrong and the explorer cannot continue. Please reload the page.";
    if let Ok(paragraph) = document.create_element("p") {
        paragraph.set_text_content(Some(message));
        let _ = panel.append_child(&paragraph);
    }
    if let Ok(pre) = document.create_element("pre") {
        pre.set_text_content(Some(detail));
        let _ = panel.append_child(&pre);
    }
    let _ = body.insert_before(&panel, body.first_child().as_ref());
}
