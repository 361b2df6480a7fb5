//! The Big I trend: the share of active projects with Big I at the end of
//! each of the last twelve months, as an SVG line chart with a table.
//!
//! Coordinates are whole numbers worked out with integer maths, so no
//! float formatting is compiled in. A month with no active projects has no
//! share: it gets no point, and the line is broken there.

use leptos::prelude::*;

use crate::components::figure_link::{percent_text, FigureLink};
use crate::model::dashboard::TrendPoint;
use crate::model::Date;

/// The plot area inside the 640 x 250 view box.
const LEFT: u64 = 64;
const RIGHT: u64 = 620;
const TOP: u64 = 30;
const BOTTOM: u64 = 190;

/// `June 2025` from a day.
fn month_year(day: Date) -> String {
    let long = day.long();
    long.split_once(' ')
        .map_or(long.clone(), |(_, rest)| rest.to_string())
}

fn x(i: usize, count: usize) -> u64 {
    LEFT + (RIGHT - LEFT) * i as u64 / (count.max(2) as u64 - 1)
}

fn y(percent: u64) -> u64 {
    BOTTOM - (BOTTOM - TOP) * percent.min(100) / 100
}

/// The trend as a line chart and a "Show as a table" alternative.
#[component]
pub fn LineChart(
    /// The months, oldest first (see `model::dashboard::trend`).
    points: Vec<TrendPoint>,
) -> impl IntoView {
    let count = points.len();
    let shares: Vec<Option<u64>> = points
        .iter()
        .map(|p| p.big_i.of.filter(|of| *of > 0).and(p.big_i.percent()))
        .collect();
    // One polyline per unbroken run of months that have a share.
    let mut runs: Vec<String> = Vec::new();
    let mut run = String::new();
    for (i, share) in shares.iter().enumerate() {
        match share {
            Some(p) => run.push_str(&format!("{},{} ", x(i, count), y(*p))),
            None if !run.is_empty() => runs.push(std::mem::take(&mut run)),
            None => {}
        }
    }
    if !run.is_empty() {
        runs.push(run);
    }
    let grid = [0u64, 50, 100]
        .map(|p| {
            let at = y(p).to_string();
            view! {
                <line class="line-chart__grid" x1=LEFT.to_string() x2=RIGHT.to_string() y1=at.clone() y2=at.clone()></line>
                <text class="line-chart__axis" x=(LEFT - 10).to_string() y=(y(p) + 5).to_string() text-anchor="end">{format!("{p}%")}</text>
            }
        })
        .collect_view();
    let marks = points
        .iter()
        .zip(&shares)
        .enumerate()
        .map(|(i, (point, share))| {
            let cx = x(i, count).to_string();
            let label = month_year(point.day);
            let (name, year) = label.rsplit_once(' ').unwrap_or((&label, ""));
            let (month, year): (String, String) = (name.chars().take(3).collect(), year.to_string());
            // The year under the first month and under each January.
            let show_year = i == 0 || point.day.month() == 1;
            let dot = share.map(|p| {
                view! {
                    <circle class="line-chart__point" cx=cx.clone() cy=y(p).to_string() r="6"></circle>
                    <text class="line-chart__value" x=cx.clone() y=(y(p) - 12).to_string() text-anchor="middle">{format!("{p}%")}</text>
                }
            });
            view! {
                {dot}
                <text class="line-chart__month" x=cx.clone() y="215" text-anchor="middle">{month}</text>
                {show_year.then(|| view! { <text class="line-chart__month" x=cx.clone() y="236" text-anchor="middle">{year}</text> })}
            }
        })
        .collect_view();
    let summary = summary(&points, &shares);
    let rows = points
        .into_iter()
        .zip(shares)
        .map(|(point, share)| {
            let month = month_year(point.day);
            let what = format!(" active projects with Big I on {}", point.day.long());
            view! {
                <tr>
                    <th scope="row">{month}</th>
                    <td class="numeric"><FigureLink text=point.big_i.value.to_string() what filter=point.big_i.filter.clone()/></td>
                    <td class="numeric">{point.big_i.of.unwrap_or(0)}</td>
                    <td class="numeric">{share.map_or("No active projects".to_string(), |_| percent_text(&point.big_i))}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <svg class="line-chart" viewBox="0 0 640 250" role="img" aria-label=summary focusable="false">
            {grid}
            {runs.into_iter().map(|points| view! { <polyline class="line-chart__line" points=points></polyline> }).collect_view()}
            {marks}
        </svg>
        <details class="dash-table">
            <summary>"Show as a table"</summary>
            <table class="table">
                <caption>"Active projects with Big I at the end of each month (this month: up to today)"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Month"</th>
                        <th scope="col" class="numeric">"With Big I"</th>
                        <th scope="col" class="numeric">"Active projects"</th>
                        <th scope="col" class="numeric">"Share"</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </details>
    }
}

/// What the chart shows, in one sentence, for its accessible name.
fn summary(points: &[TrendPoint], shares: &[Option<u64>]) -> String {
    let said = |i: usize| {
        let share = shares[i].map_or("no active projects".to_string(), |p| format!("{p}%"));
        format!("{} {share}", month_year(points[i].day))
    };
    match points.len() {
        0 => "No months to show".to_string(),
        n => format!(
            "Line chart: share of active projects with Big I, from {} to {}. Each month is in the table below.",
            said(0),
            said(n - 1)
        ),
    }
}
