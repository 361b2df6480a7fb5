use leptos::prelude::*;

use crate::model::{Edit, Field, FieldError};
use crate::state::Projects;

/// The errors on one project's form, one per field at most.
#[derive(Clone, Copy)]
pub struct FormErrors(pub RwSignal<Vec<FieldError>>);

impl FormErrors {
    pub fn new() -> FormErrors {
        FormErrors(RwSignal::new(Vec::new()))
    }

    /// The message for `field`, if it has one.
    pub fn message(&self, field: Field) -> Signal<Option<String>> {
        let errors = self.0;
        Signal::derive(move || {
            errors.with(|all| {
                all.iter()
                    .find(|e| e.field == field)
                    .map(|e| e.message.clone())
            })
        })
    }

    /// Applies `edit` to project `id`, then shows or clears its error.
    pub fn apply(&self, projects: Projects, id: &str, edit: Edit) {
        let field = edit.field();
        let result = projects.edit(id, edit);
        self.record(field, result);
    }

    /// Clears `field`'s error, then shows the error in `result`, if any.
    pub fn record(&self, field: Field, result: Result<(), FieldError>) {
        self.0.update(|all| {
            all.retain(|e| e.field != field);
            if let Err(error) = result {
                all.retain(|e| e.field != error.field);
                all.push(error);
                crate::model::order::sort_by(all, |a, b| a.field.cmp(&b.field));
            }
        });
    }
}

impl Default for FormErrors {
    fn default() -> Self {
        FormErrors::new()
    }
}
