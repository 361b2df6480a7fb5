//! Text the app shows that is written as documents rather than in code.
//! The documents live in `content/` and `build.rs` compiles them in, so they
//! work offline and a bad edit fails the build instead of the screen.

pub mod induction;
