//! The clinic kiosk's part of a project's involvement record: what it is,
//! its wording and the PIN form that starts it.

use leptos::prelude::*;

use crate::components::kiosk_wording_editor::KioskWordingEditor;
use crate::components::pin_start::PinStart;
use crate::model::kiosk::pin::LockMode;
use crate::state::kiosk_data::KioskRecord;

/// `Start kiosk`, with the PIN and the wording.
#[component]
pub fn KioskStart(
    /// The project's id.
    id: String,
    /// The project's kiosk data.
    record: KioskRecord,
) -> impl IntoView {
    view! {
        <section aria-labelledby="kiosk-start-heading" class="panel">
            <h2 id="kiosk-start-heading">"Clinic kiosk"</h2>
            <p>
                "Turn this tablet into an anonymous feedback kiosk for this project: people in the waiting room answer the Friends and Family Test question and, if they like, the follow-up questions. Only the answer, what they write and the day are kept. Each day with answers counts as Little i involvement."
            </p>
            <KioskWordingEditor record/>
            <PinStart mode=LockMode::Kiosk { project_id: id } button="Start kiosk" id_prefix="kiosk"/>
        </section>
    }
}
