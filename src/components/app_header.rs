use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::components::in_page_link::InPageLink;
use crate::routes;

/// The links in the header, in the order they appear.
const NAV: [(&str, &str); 5] = [
    ("Projects", routes::PROJECTS),
    ("Guide", routes::GUIDE),
    ("Induction", routes::INDUCTION),
    ("Dashboard", routes::DASHBOARD),
    ("Settings", routes::SETTINGS),
];

/// The skip link, the app name and the main navigation.
///
/// The current section is marked with `aria-current="page"` so screen
/// readers announce it and the style can underline it.
#[component]
pub fn AppHeader() -> impl IntoView {
    let location = use_location();
    let section = Memo::new(move |_| routes::section_of(&location.pathname.get()));
    view! {
        <InPageLink class="skip-link" target="main-content">"Skip to main content"</InPageLink>
        <header class="app-header">
            <div class="app-header__inner">
                <a class="app-header__name" href=routes::href(routes::PROJECTS)>
                    "QI Involve"
                </a>
                <nav class="app-nav" aria-label="Main">
                    <ul>
                        {NAV
                            .into_iter()
                            .map(|(label, path)| {
                                let current = move || (section.get() == path).then_some("page");
                                view! {
                                    <li>
                                        <a href=routes::href(path) aria-current=current>
                                            {label}
                                        </a>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                </nav>
            </div>
        </header>
    }
}
