//! The dashboard's charts: our own SVG, each with a table a screen reader
//! reads, and every number a link to the projects behind it.

pub mod bar_chart;
pub mod line_chart;
