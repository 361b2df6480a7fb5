use leptos::prelude::*;

use crate::model::trust_settings::{mailto_href, tel_href};
use crate::routes;
use crate::state::Settings;

/// The Patient Involvement Team's details from Settings. Where none are
/// set, staff are told how to add them; a reader holding the tablet is
/// told whom to ask instead, since Settings is not theirs to change.
/// Shown in the staff guide and in the induction guide.
#[component]
pub fn TrustContact(
    /// Whether this is the induction reader's view rather than staff's.
    #[prop(optional)]
    for_reader: bool,
) -> impl IntoView {
    let settings = expect_context::<Settings>();
    view! {
        {move || {
            let s = settings.value().get();
            if s.has_contact() {
                let name = if s.team_name.trim().is_empty() { "Patient Involvement Team".to_string() } else { s.team_name.clone() };
                view! {
                    <div class="inset contact">
                        <h3>{name}</h3>
                        {(!s.email.trim().is_empty()).then(|| contact_line("Email: ", s.email.clone(), mailto_href(&s.email)))}
                        {(!s.phone.trim().is_empty()).then(|| contact_line("Phone: ", s.phone.clone(), tel_href(&s.phone)))}
                        {(!s.notes.trim().is_empty()).then(|| view! { <p class="pre-line">{s.notes.clone()}</p> })}
                    </div>
                }
                .into_any()
            } else if for_reader {
                view! {
                    <div class="inset">
                        <p>
                            "Ask the member of staff who gave you this tablet how to contact the "
                            "Patient Involvement Team."
                        </p>
                    </div>
                }
                .into_any()
            } else {
                view! {
                    <div class="inset">
                        <p>
                            "No contact details have been added on this device yet. Anyone can add them "
                            "on the "<a href=routes::href(routes::SETTINGS)>"Settings"</a>" screen."
                        </p>
                    </div>
                }
                .into_any()
            }
        }}
    }
}

/// One contact detail, as a link when it makes a safe one. Details saved by
/// an older version that checked less are shown as plain text instead, so a
/// link can never carry more than what the person sees.
fn contact_line(label: &'static str, text: String, href: Option<String>) -> impl IntoView {
    match href {
        Some(href) => view! { <p>{label}<a href=href>{text}</a></p> }.into_any(),
        None => view! { <p>{label}{text}</p> }.into_any(),
    }
}
