//! The weekly run chart of the FFT percentage positive: our own SVG with
//! the median line and the weeks in a signal marked, and the same figures
//! as a table for anyone who cannot see the chart.

use leptos::prelude::*;

use crate::model::kiosk::run_chart::{RunChart, SignalKind, SHIFT_WEEKS, TREND_WEEKS};

// Whole-pixel coordinates: no float formatting in the first load (it
// costs kilobytes of wasm), and a pixel is finer than the eye can tell here.
const WIDTH: i32 = 640;
const HEIGHT: i32 = 260;
const LEFT: i32 = 44;
const RIGHT: i32 = 16;
const TOP: i32 = 12;
const BOTTOM: i32 = 36;

fn x(i: usize, n: usize) -> i32 {
    let span = WIDTH - LEFT - RIGHT;
    match (i32::try_from(i), i32::try_from(n)) {
        (Ok(i), Ok(n)) if n > 1 => LEFT + span * i / (n - 1),
        _ => LEFT + span / 2,
    }
}

/// Height of a percentage given doubled (so a median of 62.5 is exact).
fn y(percent_x2: u32) -> i32 {
    let percent_x2 = i32::try_from(percent_x2.min(200)).unwrap_or(200);
    TOP + (HEIGHT - TOP - BOTTOM) * (200 - percent_x2) / 200
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
                "{}{},{}",
                if i == 0 { "M" } else { " L" },
                x(i, n),
                y(2 * p.percent)
            )
        })
        .collect();
    let median_y = y(chart.median_x2);
    let signals_found = {
        let mut kinds: Vec<&str> = chart.signals.iter().map(|s| s.kind.label()).collect();
        kinds.dedup();
        crate::model::order::sort(&mut kinds);
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
        format_median(chart.median_x2)
    );
    let points = chart.points.iter().enumerate().map(|(i, p)| {
        let flagged = !chart.signals_at(i).is_empty();
        let (cx, cy) = (x(i, n), y(2 * p.percent));
        if flagged {
            // A square as well as a colour, so a signal does not rely on colour.
            view! { <rect class="run-chart__point run-chart__point--signal" x=cx - 6 y=cy - 6 width="12" height="12"/> }.into_any()
        } else {
            view! { <circle class="run-chart__point" cx=cx cy=cy r="5"/> }.into_any()
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
                {[0, 50, 100].into_iter().map(|v| view! {
                    <line class="run-chart__grid" x1=LEFT x2=WIDTH - RIGHT y1=y(2 * v) y2=y(2 * v)/>
                    <text class="run-chart__axis" x=LEFT - 6 y=y(2 * v) + 5 text-anchor="end">{format!("{v}%")}</text>
                }).collect_view()}
                <line class="run-chart__median" x1=LEFT x2=WIDTH - RIGHT y1=median_y y2=median_y/>
                <path class="run-chart__line" d=path/>
                {points}
                <text class="run-chart__axis" x=LEFT y=HEIGHT - 10>{first}</text>
                <text class="run-chart__axis" x=WIDTH - RIGHT y=HEIGHT - 10 text-anchor="end">{last}</text>
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

/// The median in words: whole, or with `.5`.
fn format_median(median_x2: u32) -> String {
    let whole = median_x2 / 2;
    if median_x2.is_multiple_of(2) {
        whole.to_string()
    } else {
        format!("{whole}.5")
    }
}
