use leptos::prelude::*;

use crate::components::document_title::set_document_title;
use crate::components::in_page_link::InPageLink;
use crate::components::self_assessment::SelfAssessment;
use crate::components::trust_contact::TrustContact;

/// The Little i / Big I guide for staff.
#[component]
pub fn GuidePage() -> impl IntoView {
    set_document_title("Guide");
    view! {
        <h1>"Little i and Big I guide"</h1>
        <p class="lede">
            "People who use a service, and the people who care for them, see it in ways staff cannot. "
            "Their views should shape your improvement work from the very start. This guide explains the "
            "two ways of involving them and how to do more of it."
        </p>
        <nav class="contents" aria-label="On this page">
            <ul>
                <li><InPageLink target="levels">"The two levels"</InPageLink></li>
                <li><InPageLink target="why">"Why it matters"</InPageLink></li>
                <li><InPageLink target="both">"Using both"</InPageLink></li>
                <li><InPageLink target="towards-big-i">"Moving towards Big I"</InPageLink></li>
                <li><InPageLink target="finding-people">"Finding people and getting advice"</InPageLink></li>
                <li><InPageLink target="self-assessment">"Check your level"</InPageLink></li>
            </ul>
        </nav>

        <h2 id="levels">"The two levels"</h2>
        <div class="level-cards">
            <section class="level-card" aria-labelledby="little-i">
                <h3 id="little-i">"Little i: asking for views"</h3>
                <p>
                    "You ask the people who use your service what they think: what needs to get better, what "
                    "ideas they have, and, once changes are made, whether they noticed a difference. "
                    "You go to them from time to time, so it is a periodic partnership."
                </p>
                <p>"For example:"</p>
                <ul>
                    <li>"a short survey in the waiting room or by text message"</li>
                    <li>"a focus group with people who use the clinic"</li>
                    <li>"comment cards or the Friends and Family Test on a kiosk tablet"</li>
                    <li>"a few conversations with carers about what worries them at discharge"</li>
                </ul>
            </section>
            <section class="level-card" aria-labelledby="big-i">
                <h3 id="big-i">"Big I: working as partners"</h3>
                <p>
                    "Service users and carers take part in the project itself, from choosing what to work on "
                    "to testing changes and telling others what you found. It is a full partnership that "
                    "runs all the way through."
                </p>
                <p>"For example:"</p>
                <ul>
                    <li>"a service user or carer joins the project team and comes to its meetings"</li>
                    <li>"they help choose the aim and the changes to try"</li>
                    <li>"they plan and run PDSA tests of change with staff"</li>
                    <li>"they look at the data with you and co-present the results"</li>
                </ul>
            </section>
        </div>

        <h2 id="why">"Why it matters"</h2>
        <p>
            "Projects that involve patients and carers tend to make improvements that last longer than "
            "projects that do not. One trust found that projects with Big I involvement were around 2.8 times "
            "as likely to meet their aim. Different people notice different things, and those fresh views "
            "often open up better ways of working."
        </p>

        <h2 id="both">"Using both"</h2>
        <p>
            "Most projects use both levels. A team may have a carer as a member (Big I) and also run a "
            "survey to hear from many more people (Little i). In Life QI, choose the level that matches what "
            "you do, including both, and write a short note of how you do it. QI Involve keeps the same two "
            "things on each project's General tab, ready to copy across."
        </p>

        <h2 id="towards-big-i">"Moving towards Big I"</h2>
        <ul>
            <li>"Invite someone who answered your survey to the next team meeting."</li>
            <li>"Ask service users to help write the aim, in words that make sense to patients."</li>
            <li>"Plan a small PDSA test together and review what happened together."</li>
            <li>"Share your run charts and ask what they see in them."</li>
            <li>"Hold meetings at times and in places that suit people, and offer to join online."</li>
            <li>"Give new members an induction and the guide for service users and carers."</li>
            <li>"Tell people what changed because of what they said: \u{201c}you said, we did\u{201d}."</li>
        </ul>

        <h2 id="finding-people">"Finding people and getting advice"</h2>
        <p>
            "Your trust's Patient Involvement Team can help you find service users and carers to join a "
            "project, and can advise on every part of involvement, including payment for people's time."
        </p>
        <TrustContact/>

        <h2 id="self-assessment">"Check your level"</h2>
        <SelfAssessment/>
    }
}
