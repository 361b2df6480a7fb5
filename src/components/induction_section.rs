use leptos::prelude::*;

use crate::components::trust_contact::TrustContact;
use crate::content::induction::{Block, Section};
use crate::model::reader_prefs::{ReaderPrefs, TEXT_SIZES};
use crate::state::reader::Reader;

/// One section of the induction guide. The current section's heading can
/// take focus; printed copies of every section do not need to.
#[component]
pub fn InductionSection(
    section: &'static Section,
    /// Whether this is the section on screen (as opposed to the print copy).
    current: bool,
) -> impl IntoView {
    let blocks = section
        .blocks
        .iter()
        .map(|block| match block {
            Block::Paragraph(text) => view! { <p>{*text}</p> }.into_any(),
            Block::Note(text) => view! { <div class="inset">{*text}</div> }.into_any(),
            Block::List(items) => {
                view! { <ul>{items.iter().map(|i| view! { <li>{*i}</li> }).collect_view()}</ul> }.into_any()
            }
            Block::Glossary(terms) => view! {
                <dl class="glossary">
                    {terms.iter().map(|(term, meaning)| view! { <dt>{*term}</dt><dd>{*meaning}</dd> }).collect_view()}
                </dl>
            }
            .into_any(),
        })
        .collect_view();
    let heading = if current {
        view! { <h2 id="reader-section-title" tabindex="-1">{section.title}</h2> }.into_any()
    } else {
        view! { <h2>{section.title}</h2> }.into_any()
    };
    view! {
        <section class="induction-section">
            {heading}
            {blocks}
            {(section.id == "support").then(|| view! { <TrustContact for_reader=true/> })}
        </section>
    }
}

/// Version, text size and contrast controls for the reader.
#[component]
pub fn ReaderControls(
    reader: Reader,
    /// Whether the easy-read version is showing.
    easy: Memo<bool>,
    /// The link to a section: `(easy, id)`.
    link: Callback<(bool, String), String>,
    /// The id of the section on screen, so switching version stays there.
    current_id: Signal<String>,
) -> impl IntoView {
    let version_link = move |to_easy: bool| link.run((to_easy, current_id.get()));
    // Cleared again by any later change, so the message never outlives it.
    let started_again = RwSignal::new(false);
    Effect::new(move |previous: Option<()>| {
        reader.prefs.track();
        if previous.is_some()
            && reader
                .prefs
                .with_untracked(|p| *p != ReaderPrefs::default())
        {
            started_again.set(false);
        }
    });
    view! {
        <div class="reader__controls">
            <nav aria-label="Version">
                <ul class="reader__versions">
                    <li><a href=move || version_link(false) aria-current=move || (!easy.get()).then_some("page")>"Standard version"</a></li>
                    <li><a href=move || version_link(true) aria-current=move || easy.get().then_some("page")>"Easy read version"</a></li>
                </ul>
            </nav>
            <fieldset class="fieldset reader__sizes">
                <legend class="label">"Text size"</legend>
                <div class="radios">
                    {TEXT_SIZES
                        .iter()
                        .enumerate()
                        .map(|(i, name)| {
                            let id = format!("text-size-{i}");
                            view! {
                                <div class="radio">
                                    <input type="radio" name="text-size" id=id.clone()
                                        prop:checked=move || reader.prefs.with(|p| p.size() == i)
                                        on:change=move |_| reader.update(|p| { let changed = p.text_size != i; p.text_size = i; changed })/>
                                    <label for=id>{*name}</label>
                                </div>
                            }
                        })
                        .collect_view()}
                </div>
            </fieldset>
            <div class="button-row">
                <button type="button" class="button button--secondary"
                    aria-pressed=move || reader.prefs.with(|p| p.high_contrast.to_string())
                    on:click=move |_| reader.update(|p| { p.high_contrast = !p.high_contrast; true })>
                    "High contrast"
                </button>
                <button type="button" class="button button--secondary" on:click=move |_| {
                    if let Some(w) = web_sys::window() { let _ = w.print(); }
                }>"Print the whole guide"</button>
                <button type="button" class="button button--secondary" on:click=move |_| {
                    reader.update(ReaderPrefs::start_again);
                    started_again.set(true);
                }>"Start again for a new reader"</button>
            </div>
            <p role="status" class="reader__status">
                {move || started_again.get().then_some(
                    "Started again for a new reader: reading progress cleared, text size back to \
                     Standard and high contrast off.",
                )}
            </p>
        </div>
    }
}
