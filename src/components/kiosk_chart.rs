//! The weekly run chart of the FFT percentage positive: our own SVG with
//! the median line and the weeks in a signal marked, and the same figures
//! as a table for anyone who cannot see the chart.

use leptos::prelude::*;

use crate::model::kiosk::run_chart::{RunChart, SignalKind, SHIFT_WEEKS, TREND_WEEKS};

const WIDTH: f64 = 640.0;
const HEIGHT: f64 = 260.0;
const LEFT: f64 = 44.0;
const RIGHT: f64 = 16.0;
const TOP: f64 = 12.0;
const BOTTOM: f64 = 36.0;

fn x(i: usize, n: usize) -> f64 {
    if n <= 1 {
        LEFT + (WIDTH - LEFT - RIGHT) / 2.0
    } else {
        LEFT + (WIDTH - LEFT - RIGHT) * i as f64 / (n - 1) as f64
    }
}

fn y(percent: f64) -> f64 {
    TOP + (HEIGHT - TOP - BOTTOM) * (100.0 - percent) / 100.0
}

/// The chart and its table.
#[component]
pub fn KioskRunChart(
    /// The chart's figures.
    chart: RunChart,
) -> impl IntoView {
    let n = chart.points.len();
    let path: String = chart
        .points
        .iter()
        .enumerate()
        .map(|(i, p)| {
            format!(
                "{}{:.1},{:.1}",
                if i == 0 { "M" } else { " L" },
                x(i, n),
                y(f64::from(p.percent))
            )
        })
        .collect();
    let median_y = y(chart.median());
    let signals_found = {
        let mut kinds: Vec<&str> = chart.signals.iter().map(|s| s.kind.label()).collect();
        kinds.dedup();
        kinds.sort_unstable();
        kinds.dedup();
        kinds
    };
    let summary = if signals_found.is_empty() {
        "No run-chart signals.".to_string()
    } else {
        format!("Signals: {}.", signals_found.join(", "))
    };
    let description = format!(
        "{n} {} of FFT percentage positive, median {}%. {summary}",
        if n == 1 { "week" } else { "weeks" },
        format_median(chart.median())
    );
    let points = chart.points.iter().enumerate().map(|(i, p)| {
        let flagged = !chart.signals_at(i).is_empty();
        let (cx, cy) = (x(i, n), y(f64::from(p.percent)));
        if flagged {
            // A square as well as a colour, so a signal does not rely on colour.
            view! { <rect class="run-chart__point run-chart__point--signal" x=format!("{:.1}", cx - 6.0) y=format!("{:.1}", cy - 6.0) width="12" height="12"/> }.into_any()
        } else {
            view! { <circle class="run-chart__point" cx=format!("{cx:.1}") cy=format!("{cy:.1}") r="5"/> }.into_any()
        }
    }).collect_view();
    let first = chart
        .points
        .first()
        .map(|p| p.week_start.long())
        .unwrap_or_default();
    let last = chart
        .points
        .last()
        .map(|p| p.week_start.long())
        .unwrap_or_default();
    let rows = chart
        .points
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let signals: Vec<&str> = chart
                .signals_at(i)
                .into_iter()
                .map(SignalKind::label)
                .collect();
            view! {
                <tr>
                    <td>{p.week_start.long()}</td>
                    <td class="numeric">{p.positive}</td>
                    <td class="numeric">{p.rated}</td>
                    <td class="numeric">{format!("{}%", p.percent)}</td>
                    <td>{signals.join(", ")}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <figure class="run-chart">
            <svg viewBox=format!("0 0 {WIDTH} {HEIGHT}") role="img" aria-labelledby="run-chart-title run-chart-desc" class="run-chart__svg">
                <title id="run-chart-title">"Weekly FFT percentage positive"</title>
                <desc id="run-chart-desc">{description.clone()}</desc>
                {[0.0, 50.0, 100.0].into_iter().map(|v| view! {
                    <line class="run-chart__grid" x1=LEFT x2=WIDTH - RIGHT y1=y(v) y2=y(v)/>
                    <text class="run-chart__axis" x=LEFT - 6.0 y=y(v) + 5.0 text-anchor="end">{format!("{v}%")}</text>
                }).collect_view()}
                <line class="run-chart__median" x1=LEFT x2=WIDTH - RIGHT y1=median_y y2=median_y/>
                <path class="run-chart__line" d=path/>
                {points}
                <text class="run-chart__axis" x=LEFT y=HEIGHT - 10.0>{first}</text>
                <text class="run-chart__axis" x=WIDTH - RIGHT y=HEIGHT - 10.0 text-anchor="end">{last}</text>
            </svg>
            <figcaption>
                {description}
                " The dashed line is the median. Squares mark weeks in a signal: a shift ("{SHIFT_WEEKS}" or more weeks on one side of the median), a trend ("{TREND_WEEKS}" or more weeks rising or falling) or an astronomical point (more than 20 points from the median and far from all the other weeks)."
            </figcaption>
        </figure>
        <table class="data-table">
            <caption>"The run chart as a table"</caption>
            <thead>
                <tr>
                    <th scope="col">"Week starting"</th>
                    <th scope="col" class="numeric">"Very good or Good"</th>
                    <th scope="col" class="numeric">"Answers other than Don't know"</th>
                    <th scope="col" class="numeric">"Percentage positive"</th>
                    <th scope="col">"Signals"</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

fn format_median(m: f64) -> String {
    if m.fract() == 0.0 {
        format!("{m:.0}")
    } else {
        format!("{m:.1}")
    }
}
