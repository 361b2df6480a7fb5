//! The guide's short self-assessment: a handful of yes/no questions about
//! how a team works with service users and carers, and the level the
//! answers point to.

use super::InvolvementLevel;

/// One question, and whether a "yes" is evidence of Little i or Big I.
pub struct Question {
    pub id: &'static str,
    pub text: &'static str,
    pub big_i: bool,
}

pub const QUESTIONS: [Question; 5] = [
    Question {
        id: "asked-views",
        text: "Have you asked people who use the service for their views or ideas, for example in a survey, \
               focus group or on comment cards?",
        big_i: false,
    },
    Question {
        id: "check-noticed",
        text: "Do you plan to ask people whether they noticed a difference once changes are made?",
        big_i: false,
    },
    Question {
        id: "on-team",
        text: "Is a service user or carer a member of the project team?",
        big_i: true,
    },
    Question {
        id: "shape-changes",
        text: "Do service users or carers help choose what to change and plan the tests of change (PDSA cycles)?",
        big_i: true,
    },
    Question {
        id: "share-results",
        text: "Do service users or carers look at the data or share the results with you, for example co-presenting?",
        big_i: true,
    },
];

/// The level the answers (one per question, in order) point to, and why.
pub fn assess(answers: &[bool; 5]) -> (InvolvementLevel, String) {
    let yes = |big: bool| {
        QUESTIONS
            .iter()
            .zip(answers)
            .filter(|(q, a)| **a && q.big_i == big)
            .count()
    };
    let (little, big) = (yes(false), yes(true));
    match (little > 0, big > 0) {
        (true, true) => (
            InvolvementLevel::Both,
            "You ask people for their views and service users or carers also work with you on the project: \
             that is both Little i and Big I."
                .into(),
        ),
        (false, true) => (
            InvolvementLevel::BigI,
            format!(
                "You answered yes to {big} of the 3 partnership questions: service users or carers are \
                 working on the project with you, which is Big I."
            ),
        ),
        (true, false) => (
            InvolvementLevel::LittleI,
            "You ask people for their views but they are not yet part of the project team, which is Little i. \
             The ideas below can help you move towards Big I."
                .into(),
        ),
        (false, false) => (
            InvolvementLevel::NoneYet,
            "There is no involvement yet. Asking a few service users for their views is a good first step; \
             the Patient Involvement Team can help."
                .into(),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_to_levels() {
        let cases = [
            ([false; 5], InvolvementLevel::NoneYet),
            (
                [true, false, false, false, false],
                InvolvementLevel::LittleI,
            ),
            ([true, true, false, false, false], InvolvementLevel::LittleI),
            ([false, false, true, false, false], InvolvementLevel::BigI),
            ([false, false, true, true, true], InvolvementLevel::BigI),
            ([true, false, false, false, true], InvolvementLevel::Both),
        ];
        for (answers, level) in cases {
            assert_eq!(assess(&answers).0, level, "{answers:?}");
        }
        assert!(assess(&[false, false, true, true, false])
            .1
            .contains("2 of the 3"));
    }
}
