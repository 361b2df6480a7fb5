//! The copies of unreadable data kept aside on this device, listed on
//! Settings with their size, to download or remove.

use leptos::prelude::*;

use crate::components::download::download_text;
use crate::state::Projects;
use crate::storage::codec::DAMAGED_PREFIX;

/// Every copy kept aside. A copy can be removed only after it has been
/// downloaded in this visit, so the last copy of something is never
/// removed before the person has it.
#[component]
pub fn KeptCopies() -> impl IntoView {
    let projects = expect_context::<Projects>();
    let refresh = RwSignal::new(0u32);
    let downloaded = RwSignal::new(Vec::<String>::new());
    let problem = RwSignal::new(None::<String>);
    let copies = move || {
        refresh.track();
        projects.kept_copies()
    };
    let download = move |key: String| {
        let Some(text) = projects.read_kept(&key) else {
            problem.set(Some("That copy is no longer on this device.".into()));
            refresh.update(|n| *n += 1);
            return;
        };
        let name = key.trim_start_matches(DAMAGED_PREFIX);
        if download_text(&format!("qi-involve-kept-{name}.txt"), "text/plain", &text) {
            downloaded.update(|d| d.push(key));
            problem.set(None);
        } else {
            problem.set(Some(
                "The browser did not start the download. Try again.".into(),
            ));
        }
    };
    let remove = move |key: String| {
        match projects.remove_kept(&key) {
            Ok(()) => problem.set(None),
            Err(e) => problem.set(Some(format!("It could not be removed: {e}."))),
        }
        refresh.update(|n| *n += 1);
    };
    view! {
        <section class="panel" aria-labelledby="kept-copies">
            <h2 id="kept-copies">"Copies of unreadable data"</h2>
            <p>
                "When saved data cannot be read, QI Involve keeps a copy of it here, untouched. "
                "Download a copy to keep it, or to ask your QI team for help; then you can remove it."
            </p>
            {move || problem.get().map(|p| view! { <p class="error-message" role="alert">{p}</p> })}
            {move || {
                let list = copies();
                if list.is_empty() {
                    return view! { <p>"There are no copies of unreadable data on this device."</p> }.into_any();
                }
                view! {
                    <ul class="item-list">
                        {list
                            .into_iter()
                            .map(|copy| {
                                let name = copy.key.trim_start_matches(DAMAGED_PREFIX).to_string();
                                let label_id = format!("kept-{name}");
                                let size = describe_size(copy.chars);
                                let key = copy.key.clone();
                                let has_it = {
                                    let key = key.clone();
                                    move || downloaded.with(|d| d.contains(&key))
                                };
                                let (k1, k2) = (key.clone(), key.clone());
                                view! {
                                    <li class="item-list__row">
                                        <span id=label_id.clone()><strong>{name}</strong>{format!(", {size}")}</span>
                                        <span class="button-row">
                                            <button type="button" class="button button--secondary button--small"
                                                aria-describedby=label_id.clone() on:click=move |_| download(k1.clone())>
                                                "Download"
                                            </button>
                                            <Show when=has_it.clone()>
                                                <button type="button" class="button button--warning button--small"
                                                    aria-describedby=label_id.clone() on:click={let k = k2.clone(); move |_| remove(k.clone())}>
                                                    "Remove"
                                                </button>
                                            </Show>
                                        </span>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                }
                .into_any()
            }}
        </section>
    }
}

/// A size people can read: characters stored, as kilobytes of text.
fn describe_size(chars: usize) -> String {
    match chars {
        0..=999 => format!("{chars} characters"),
        _ => format!("{} KB", chars.div_ceil(1000)),
    }
}
