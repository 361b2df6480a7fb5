//! The patient-facing kiosk: the Friends and Family Test question, the
//! team's follow-ups, and a thank-you that hands over to the next person.
//! Shown by the locked shell whatever the address is.

use std::time::Duration;

use leptos::prelude::*;

use crate::components::document_title::set_document_title;
use crate::components::focus::focus_when_drawn;
use crate::model::kiosk::{Answer, KioskWording, Response, MAX_FREE_TEXT_CHARS};
use crate::state::{clock, Settings};
use crate::storage::kiosk;
use crate::storage::local_storage::LocalStorage;

/// Quiet for this long mid-way: ask "Are you still there?".
pub const IDLE_AFTER: Duration = Duration::from_secs(60);
/// Then, with no answer, start again for the next person.
pub const RESET_AFTER_PROMPT: Duration = Duration::from_secs(20);
/// The thank-you screen returns to the start after this long.
pub const THANKS_FOR: Duration = Duration::from_secs(8);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Step {
    Question,
    FollowUps(Answer),
    Thanks,
}

/// A running timer, cleared when replaced or when the kiosk closes.
#[derive(Clone, Copy)]
struct Timer(StoredValue<Option<TimeoutHandle>>);

impl Timer {
    fn new() -> Timer {
        let timer = Timer(StoredValue::new(None));
        on_cleanup(move || timer.stop());
        timer
    }

    fn start(self, after: Duration, run: impl FnOnce() + 'static) {
        self.stop();
        let handle = set_timeout_with_handle(run, after).ok();
        self.0.set_value(handle);
    }

    fn stop(self) {
        if let Some(handle) = self.0.try_update_value(Option::take).flatten() {
            handle.clear();
        }
    }
}

/// The kiosk for one project.
#[component]
pub fn KioskFlow(
    /// The project whose kiosk this is.
    project_id: String,
) -> impl IntoView {
    set_document_title("Feedback");
    let wording = LocalStorage::open()
        .map(|s| kiosk::load(&s, &project_id).data.wording)
        .unwrap_or_default();
    let w = StoredValue::new(wording);
    let dir = w.with_value(|w| w.direction.attribute());
    let step = RwSignal::new(Step::Question);
    let texts = RwSignal::new(vec![String::new(); w.with_value(|w| w.follow_ups.len())]);
    let still_there = RwSignal::new(false);
    let problem = RwSignal::new(None::<String>);
    let idle = Timer::new();
    let thanks = Timer::new();

    let start_again = move || {
        idle.stop();
        thanks.stop();
        still_there.set(false);
        problem.set(None);
        texts.update(|t| t.iter_mut().for_each(String::clear));
        step.set(Step::Question);
        focus_when_drawn("kiosk-question".to_string());
    };
    // Any touch, key or typing mid-way restarts the wait; after it, the
    // prompt, and after that a fresh start that discards the answer.
    let awake = move || {
        if !matches!(step.get_untracked(), Step::FollowUps(_)) || still_there.get_untracked() {
            return;
        }
        idle.start(IDLE_AFTER, move || {
            still_there.set(true);
            focus_when_drawn("kiosk-carry-on".to_string());
            idle.start(RESET_AFTER_PROMPT, start_again);
        });
    };
    let choose = move |answer: Answer| {
        step.set(Step::FollowUps(answer));
        awake();
        focus_when_drawn("kiosk-follow-ups-title".to_string());
    };
    let project = StoredValue::new(project_id.clone());
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Step::FollowUps(answer) = step.get_untracked() else {
            return;
        };
        let response = Response::new(
            clock::new_id(),
            clock::today(),
            answer,
            &texts.get_untracked(),
        );
        let saved = LocalStorage::open()
            .map_err(|e| e.to_string())
            .and_then(|s| {
                kiosk::add_response(&s, &project.get_value(), response).map_err(|e| e.to_string())
            });
        match saved {
            Ok(()) => {
                idle.stop();
                step.set(Step::Thanks);
                focus_when_drawn("kiosk-thanks".to_string());
                thanks.start(THANKS_FOR, start_again);
            }
            Err(e) => problem.set(Some(format!(
                "Sorry, your answer could not be saved on this tablet ({e}). Please tell a member of staff."
            ))),
        }
    };
    let carry_on = move |_| {
        still_there.set(false);
        awake();
    };

    view! {
        <div class="kiosk" dir=dir on:pointerdown=move |_| awake() on:keydown=move |_| awake() on:input=move |_| awake()>
            {move || match step.get() {
                Step::Question => question_screen(w, dir, choose).into_any(),
                Step::FollowUps(answer) => follow_up_screen(w, dir, answer, texts, problem, submit, start_again).into_any(),
                Step::Thanks => thanks_screen(w, dir, start_again).into_any(),
            }}
            <Show when=move || still_there.get()>
                <div class="kiosk__prompt" role="alertdialog" aria-modal="true" aria-labelledby="kiosk-still-there">
                    <p class="kiosk__prompt-text" id="kiosk-still-there" dir=dir>{w.with_value(|w| w.still_there.clone())}</p>
                    <button type="button" id="kiosk-carry-on" class="kiosk__button" dir=dir on:click=carry_on>
                        {w.with_value(|w| w.carry_on.clone())}
                    </button>
                </div>
            </Show>
        </div>
    }
}

fn question_screen(
    w: StoredValue<KioskWording>,
    dir: &'static str,
    choose: impl Fn(Answer) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let welcome = w.with_value(|w| w.welcome.trim().to_string());
    view! {
        <div class="kiosk__screen">
            {(!welcome.is_empty()).then(|| view! { <p class="kiosk__welcome" dir=dir>{welcome}</p> })}
            <h1 id="kiosk-question" class="kiosk__question" tabindex="-1" dir=dir>{w.with_value(|w| w.question.clone())}</h1>
            <div class="kiosk__answers" role="group" aria-labelledby="kiosk-question">
                {Answer::ALL.into_iter().map(|a| view! {
                    <button type="button" class=format!("kiosk__answer kiosk__answer--{}", a.index()) dir=dir on:click=move |_| choose(a)>
                        {w.with_value(|w| w.answer_label(a).to_string())}
                    </button>
                }).collect_view()}
            </div>
        </div>
    }
}

fn follow_up_screen(
    w: StoredValue<KioskWording>,
    dir: &'static str,
    answer: Answer,
    texts: RwSignal<Vec<String>>,
    problem: RwSignal<Option<String>>,
    submit: impl Fn(leptos::ev::SubmitEvent) + Copy + 'static,
    back: impl Fn() + Copy + 'static,
) -> impl IntoView {
    let questions = w.with_value(|w| w.follow_ups.clone());
    view! {
        <form class="kiosk__screen" on:submit=submit novalidate data-moment="">
            <h1 id="kiosk-follow-ups-title" class="kiosk__question" tabindex="-1" dir=dir>
                {w.with_value(|w| w.answer_label(answer).to_string())}
            </h1>
            {(!questions.is_empty()).then(|| view! { <p class="kiosk__privacy" dir=dir>{w.with_value(|w| w.privacy.clone())}</p> })}
            {questions.into_iter().enumerate().map(|(i, q)| {
                let id = format!("kiosk-text-{i}");
                let hint = format!("{id}-hint");
                view! {
                    <div class="kiosk__field">
                        <label for=id.clone() class="kiosk__label" dir=dir>{q}</label>
                        <p id=hint.clone() class="kiosk__hint" dir=dir>{w.with_value(|w| w.optional_hint.clone())}</p>
                        <textarea id=id class="kiosk__text" rows="3" dir=dir aria-describedby=hint
                            maxlength=MAX_FREE_TEXT_CHARS.to_string()
                            prop:value=move || texts.with(|t| t.get(i).cloned().unwrap_or_default())
                            on:input=move |ev| { let v = event_target_value(&ev); texts.update(|t| if let Some(s) = t.get_mut(i) { *s = v; }); }>
                        </textarea>
                    </div>
                }
            }).collect_view()}
            {move || problem.get().map(|p| view! { <p class="kiosk__problem" role="alert">{p}</p> })}
            <div class="kiosk__actions">
                <button type="submit" class="kiosk__button" dir=dir>{w.with_value(|w| w.submit.clone())}</button>
                <button type="button" class="kiosk__button kiosk__button--secondary" dir=dir on:click=move |_| back()>
                    {w.with_value(|w| w.back.clone())}
                </button>
            </div>
        </form>
    }
}

fn thanks_screen(
    w: StoredValue<KioskWording>,
    dir: &'static str,
    finish: impl Fn() + Copy + 'static,
) -> impl IntoView {
    let settings = expect_context::<Settings>();
    let involve = w.with_value(|w| w.involve.trim().to_string());
    // Plain text rather than links: tapping a mail or phone link would take
    // the tablet out of the kiosk. People note the details down.
    let contact = settings.value().with_untracked(|s| {
        s.has_contact().then(|| {
            let name = if s.team_name.trim().is_empty() {
                "Patient Involvement Team".to_string()
            } else {
                s.team_name.trim().to_string()
            };
            let lines: Vec<String> = [name, s.email.trim().to_string(), s.phone.trim().to_string()]
                .into_iter()
                .filter(|l| !l.is_empty())
                .collect();
            lines
        })
    });
    view! {
        <div class="kiosk__screen" data-moment="">
            <h1 id="kiosk-thanks" class="kiosk__question" tabindex="-1" dir=dir>{w.with_value(|w| w.thank_you.clone())}</h1>
            {(!involve.is_empty()).then(|| view! { <p class="kiosk__involve" dir=dir>{involve}</p> })}
            {contact.map(|lines| view! {
                <p class="kiosk__contact" dir="auto">
                    {lines.into_iter().map(|l| view! { <span class="kiosk__contact-line">{l}</span> }).collect_view()}
                </p>
            })}
            <button type="button" class="kiosk__button" dir=dir on:click=move |_| finish()>{w.with_value(|w| w.finish.clone())}</button>
        </div>
    }
}
