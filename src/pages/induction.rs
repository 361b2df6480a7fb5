use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use wasm_bindgen::JsCast;

use crate::components::document_title::set_document_title;
use crate::components::hand_to_reader::HandToReader;
use crate::components::induction_section::{InductionSection, ReaderControls};
use crate::components::later::Later;
use crate::components::reader_contact::ReaderContact;
use crate::content::induction::{section, Section, EASY_READ, STANDARD};
use crate::routes;
use crate::state::reader::Reader;
use crate::state::Settings;

/// The induction guide for service users and carers, one section at a
/// time, at `/induction?section=…&version=easy` so any section can be
/// bookmarked and a reload lands on the same place. `&project=…` (from a
/// person's row on a project) adds whom to ask on that project.
#[component]
pub fn InductionPage() -> impl IntoView {
    set_document_title("Induction guide");
    let reader = Reader::load();
    let settings = expect_context::<Settings>();
    let query = use_query_map();
    let easy = Memo::new(move |_| query.with(|q| q.get("version")).as_deref() == Some("easy"));
    let project = Memo::new(move |_| query.with(|q| q.get("project")).filter(|id| !id.is_empty()));
    let sections = move || if easy.get() { EASY_READ } else { STANDARD };
    // An unknown or missing section id opens the first section.
    let current = Memo::new(move |_| {
        let wanted = query.with(|q| q.get("section")).unwrap_or_default();
        section(sections(), &wanted).map(|(i, _)| i).unwrap_or(0)
    });
    Effect::new(move |_| {
        let id = sections()[current.get()].id;
        let easy = easy.get();
        reader.update(|p| p.mark_read(easy, id));
    });
    // Every link within the guide keeps the project, so its contact stays.
    let link = move |easy: bool, id: &str| {
        let version = if easy { "&version=easy" } else { "" };
        let project = project
            .get()
            .map(|p| format!("&project={}", js_sys::encode_uri_component(&p)))
            .unwrap_or_default();
        format!(
            "{}?section={id}{version}{project}",
            routes::href(routes::INDUCTION)
        )
    };
    let read_count = move || {
        reader.prefs.with(|p| {
            sections()
                .iter()
                .filter(|s| p.read(easy.get()).iter().any(|r| r == s.id))
                .count()
        })
    };
    // Moving to another section puts focus on its heading, so a screen
    // reader starts reading there and a keyboard user is not left behind.
    Effect::new(move |previous: Option<(usize, bool)>| {
        let now = (current.get(), easy.get());
        if previous.is_some_and(|p| p != now) {
            focus_section_heading();
        }
        now
    });
    let classes = move || {
        reader.prefs.with(|p| {
            format!(
                "reader reader--size-{}{}",
                p.size(),
                if p.high_contrast {
                    " reader--contrast"
                } else {
                    ""
                }
            )
        })
    };
    view! {
        <div class=classes>
            <h1>"Getting started in quality improvement"</h1>
            <p class="lede">"A guide for service users and carers joining a project team."</p>
            {move || {
                let note = settings.value().with(|s| s.welcome_note.trim().to_string());
                (!note.is_empty()).then(|| view! { <div class="inset welcome pre-line">{note}</div> })
            }}
            <ReaderContact project/>
            <HandToReader/>
            <ReaderControls reader easy link=Callback::new(move |(e, id): (bool, String)| link(e, &id))
                current_id=Signal::derive(move || sections()[current.get()].id.to_string())/>
            <div class="reader__progress">
                <label for="reader-progress">
                    {move || format!("You have read {} of {} sections", read_count(), sections().len())}
                </label>
                <progress id="reader-progress" max=move || sections().len() value=read_count></progress>
            </div>
            <div class="reader__layout">
                <nav class="reader__contents" aria-label="Contents">
                    <h2 class="reader__contents-title">"Contents"</h2>
                    <ol>
                        {move || {
                            let easy_now = easy.get();
                            sections()
                                .iter()
                                .enumerate()
                                .map(|(i, s)| {
                                    let is_read = move || reader.prefs.with(|p| p.read(easy_now).iter().any(|r| r == s.id));
                                    view! {
                                        <li>
                                            <a href=link(easy_now, s.id) aria-current=move || (current.get() == i).then_some("step")>
                                                {s.title}
                                            </a>
                                            {move || is_read().then(read_tick)}
                                        </li>
                                    }
                                })
                                .collect_view()
                        }}
                    </ol>
                </nav>
                <article class="reader__section">
                    {move || {
                        let i = current.get();
                        let s: &'static Section = &sections()[i];
                        view! { <InductionSection section=s current=true/> }
                    }}
                    <div class="reader__pager">
                        {move || {
                            let (i, easy_now, all) = (current.get(), easy.get(), sections());
                            let previous = (i > 0).then(|| view! {
                                <a class="button button--secondary" href=link(easy_now, all[i - 1].id)>
                                    {format!("Previous: {}", all[i - 1].title)}
                                </a>
                            });
                            let next = all.get(i + 1).map(|n| view! {
                                <a class="button" href=link(easy_now, n.id)>{format!("Next: {}", n.title)}</a>
                            });
                            view! { {previous} {next} }
                        }}
                    </div>
                </article>
            </div>
            // The whole guide, shown only when printing: a part of its own
            // while the app starts, as it is most of the screen's markup.
            <Later>
                <div class="print-all">
                    {move || sections().iter().map(|s| view! { <InductionSection section=s current=false/> }).collect_view()}
                </div>
            </Later>
        </div>
    }
}

/// The mark beside a section already read: a tick that a screen reader
/// announces as "read".
fn read_tick() -> impl IntoView {
    view! {
        <svg class="reader__read" role="img" aria-label="read" viewBox="0 0 16 16" width="16" height="16" focusable="false">
            <path d="M2 8.5l4 4 8-9" fill="none" stroke="currentColor" stroke-width="2.5"/>
        </svg>
    }
}

fn focus_section_heading() {
    let heading = document()
        .get_element_by_id("reader-section-title")
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(heading) = heading {
        let _ = heading.focus();
    }
}
