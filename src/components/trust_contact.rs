use leptos::prelude::*;

use crate::routes;
use crate::state::Settings;

/// The Patient Involvement Team's details from Settings, or how to add them.
/// Shown in the staff guide and in the induction guide's support section.
#[component]
pub fn TrustContact() -> impl IntoView {
    let settings = expect_context::<Settings>();
    view! {
        {move || {
            let s = settings.value.get();
            if s.has_contact() {
                let name = if s.team_name.trim().is_empty() { "Patient Involvement Team".to_string() } else { s.team_name.clone() };
                view! {
                    <div class="inset contact">
                        <h3>{name}</h3>
                        {(!s.email.trim().is_empty()).then(|| {
                            let href = format!("mailto:{}", s.email.trim());
                            view! { <p>"Email: "<a href=href>{s.email.clone()}</a></p> }
                        })}
                        {(!s.phone.trim().is_empty()).then(|| {
                            let href = format!("tel:{}", s.phone.replace(' ', ""));
                            view! { <p>"Phone: "<a href=href>{s.phone.clone()}</a></p> }
                        })}
                        {(!s.notes.trim().is_empty()).then(|| view! { <p class="pre-line">{s.notes.clone()}</p> })}
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
