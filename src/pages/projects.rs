use std::time::Duration;

use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;

use crate::components::document_title::set_document_title;
use crate::components::new_project_form::new_project_form;
use crate::components::project_list::{project_list, ListControls};
use crate::model::register::RegisterQuery;
use crate::routes;
use crate::state::Projects;

/// How many rows to draw at first: several screens to scroll through, few
/// enough that a keystroke in the search box redraws quickly with 1,000
/// projects. Redrawing rows, not searching, is what a keystroke costs:
/// the worst keystroke (clearing a search that matched nothing) draws a
/// whole page, which took up to 16 ms at 50 rows on a busy machine.
pub const PAGE_SIZE: usize = 25;

/// How long after the last keystroke the search is written into the
/// address. Writing it (the browser's history.replaceState) took about a
/// third of each keystroke's work with 1,000 projects, so the list follows
/// every keystroke at once and the address catches up after a pause, or
/// as soon as the search box is left.
const ADDRESS_DELAY: Duration = Duration::from_millis(300);

/// The project register: search, filter, sort and open projects.
///
/// The search, filters and sort live in the address, so Back, a bookmark
/// or a reload show the same list. Each change replaces the history entry
/// rather than adding one, so typing does not fill the Back button.
#[component]
pub fn ProjectsPage() -> impl IntoView {
    set_document_title("Projects");
    let projects = expect_context::<Projects>();
    let params = use_query_map();
    let address = Memo::new(move |_| params.with(|m| RegisterQuery::from_params(|k| m.get(k))));
    // Search text not yet in the address, with the address it was typed
    // over: once the address changes, what it says wins.
    let typed = RwSignal::new(None::<(RegisterQuery, String)>);
    let query = Memo::new(move |_| {
        let mut q = address.get();
        typed.with(|t| match t {
            Some((over, text)) if *over == q => q.text.clone_from(text),
            _ => {}
        });
        q
    });
    Effect::new(move |_| query.with(|q| routes::remember_list(&q.to_params())));
    let navigate = use_navigate();
    let pending = StoredValue::new_local(None::<TimeoutHandle>);
    let cancel = move || {
        if let Some(timer) = pending.try_update_value(Option::take).flatten() {
            timer.clear();
        }
    };
    // Leaving the page drops a waiting write: it would replace the next
    // page's history entry. Leaving the search box has written it already.
    on_cleanup(cancel);
    let write = Callback::new(move |q: RegisterQuery| {
        cancel();
        let options = NavigateOptions {
            replace: true,
            scroll: false,
            ..NavigateOptions::default()
        };
        navigate(&routes::list_path(&q.to_params()), options);
    });
    let set_query = Callback::new(move |q: RegisterQuery| {
        let only_text = query.with_untracked(|now| q.without_text() == now.without_text());
        if !only_text {
            return write.run(q);
        }
        cancel();
        typed.set(Some((address.get_untracked(), q.text)));
        let later = move || write.run(query.get_untracked());
        pending.set_value(set_timeout_with_handle(later, ADDRESS_DELAY).ok());
    });
    let search_done = Callback::new(move |()| {
        if pending.with_value(Option::is_some) {
            write.run(query.get_untracked());
        }
    });
    let creating = RwSignal::new(false);
    let shown = RwSignal::new(PAGE_SIZE);
    Effect::new(move |_| {
        query.track();
        shown.set(PAGE_SIZE);
    });
    let total = Memo::new(move |_| projects.list.with(Vec::len));
    let controls = ListControls {
        query,
        set_query,
        search_done,
        shown,
    };
    view! {
        <div class="page-heading">
            <h1>"Projects"</h1>
            <button
                type="button"
                class="button"
                aria-expanded=move || creating.get().to_string()
                on:click=move |_| creating.update(|c| *c = !*c)
            >
                "New project"
            </button>
        </div>
        <Show when=move || creating.get()>
            {new_project_form(Callback::new(move |_| creating.set(false)))}
        </Show>
        <Show when=move || total.get() == 0 && !creating.get()>
            <div class="empty-state">
                <h2>"No projects on this device yet"</h2>
                <p>
                    "Add your QI project to record how service users and carers are involved, "
                    "keep its Life QI General tab details in one place, and copy them across to Life QI."
                </p>
                <p>"Choose \u{201c}New project\u{201d} to start. Everything you enter stays on this device."</p>
            </div>
        </Show>
        // The list's code is a download of its own (see `project_list`).
        <Show when=move || { total.get() > 0 }>
            {project_list(controls)}
        </Show>
    }
}
