//! Bar charts drawn on the server as SVG (issue 15): readable without JavaScript, scaled in
//! whole numbers of the view box, with each bar's value in its `<title>` and the same numbers
//! in a table beside the chart.

/// One bar: where it is drawn and what it says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bar {
    pub x: i64,
    pub y: i64,
    pub width: i64,
    pub height: i64,
    /// What the bar's `<title>` says (e.g. `2025-01-31: 4`).
    pub title: String,
}

/// A chart's bars in a view box of `width` × `height`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Chart {
    pub width: i64,
    pub height: i64,
    pub bars: Vec<Bar>,
    /// The largest value, written at the top of the axis.
    pub max: i64,
}

/// Columns, one per value, left to right: the days of a time series.
pub fn columns(values: &[(String, i64)]) -> Chart {
    const BAR: i64 = 10;
    const HEIGHT: i64 = 160;
    let max = values.iter().map(|(_, v)| *v).max().unwrap_or(0).max(1);
    let bars = values
        .iter()
        .enumerate()
        .map(|(i, (label, v))| {
            let h = (*v).max(0) * HEIGHT / max;
            Bar {
                x: i as i64 * BAR,
                y: HEIGHT - h,
                width: BAR - 2,
                height: h,
                title: format!("{label}: {v}"),
            }
        })
        .collect();
    Chart {
        width: values.len() as i64 * BAR,
        height: HEIGHT,
        bars,
        max,
    }
}

/// Rows, one per value, top to bottom, each as long as its share of the largest: a funnel.
pub fn rows(values: &[(String, i64)]) -> Chart {
    const ROW: i64 = 28;
    const WIDTH: i64 = 600;
    let max = values.iter().map(|(_, v)| *v).max().unwrap_or(0).max(1);
    let bars = values
        .iter()
        .enumerate()
        .map(|(i, (label, v))| Bar {
            x: 0,
            y: i as i64 * ROW,
            width: ((*v).max(0) * WIDTH / max).max(1),
            height: ROW - 6,
            title: format!("{label}: {v}"),
        })
        .collect();
    Chart {
        width: WIDTH,
        height: values.len() as i64 * ROW,
        bars,
        max,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_scale_to_the_largest_value_in_whole_units() {
        let days: Vec<(String, i64)> = [0, 2, 4].iter().map(|v| (format!("d{v}"), *v)).collect();
        let c = columns(&days);
        assert_eq!((c.width, c.height, c.max), (30, 160, 4));
        assert_eq!(c.bars[0].height, 0);
        assert_eq!((c.bars[1].y, c.bars[1].height), (80, 80));
        assert_eq!((c.bars[2].x, c.bars[2].y, c.bars[2].height), (20, 0, 160));
        assert_eq!(c.bars[2].title, "d4: 4");
        let f = rows(&[("registered".into(), 10), ("bought".into(), 0)]);
        assert_eq!((f.bars[0].width, f.bars[1].width), (600, 1));
        assert_eq!(columns(&[]).max, 1);
    }
}
