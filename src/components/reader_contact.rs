//! Whom a reader of the induction guide can ask: the lead of the project
//! they are joining, and the Patient Involvement Team.

use leptos::prelude::*;

use crate::components::trust_contact::TrustContact;
use crate::state::Projects;

/// "Who to ask" for the project the guide was opened for; nothing when
/// the guide was opened on its own or the project is not on this device.
#[component]
pub fn ReaderContact(
    /// The id of the project the reader is joining, if any.
    #[prop(into)]
    project: Signal<Option<String>>,
) -> impl IntoView {
    let projects = expect_context::<Projects>();
    let lead = Memo::new(move |_| {
        let id = project.get()?;
        projects.list.with(|list| {
            list.iter()
                .find(|p| p.id == id)
                .map(|p| p.lead.trim().to_string())
        })
    });
    move || {
        lead.get().map(|lead| {
            let lead_text = if lead.is_empty() {
                view! {
                    <p>
                        "Ask the member of staff who gave you this tablet who your contact on this "
                        "project is."
                    </p>
                }
                .into_any()
            } else {
                view! { <p>"Your contact on this project is "<strong>{lead}</strong>"."</p> }.into_any()
            };
            view! {
                <section class="reader__who" aria-labelledby="reader-who-title">
                    <h2 id="reader-who-title">"Who to ask"</h2>
                    {lead_text}
                    <p>"The Patient Involvement Team can also help with being involved, and with payment and expenses."</p>
                    <TrustContact for_reader=true/>
                </section>
            }
        })
    }
}
