//! Values, units and qualifiers, one line per case: the fixtures show spans
//! and kinds, these pin what the marks do not show.

use super::find;
use crate::analysis::{Change, StatisticKind as K};

/// `(text, marked span, kind, value, unit, qualifier)`.
type Case = (
    &'static str,
    &'static str,
    K,
    f64,
    Option<&'static str>,
    Option<&'static str>,
);

/// The first statistic found in the text must be this one.
const CASES: &[Case] = &[
    // Counts, spelled-out numbers, scale words
    (
        "3.2 million people left",
        "3.2 million people",
        K::Count,
        3.2e6,
        None,
        None,
    ),
    (
        "hundreds of officials came",
        "hundreds of officials",
        K::Count,
        200.0,
        None,
        Some("at least"),
    ),
    (
        "tens of thousands marched",
        "tens of thousands",
        K::Count,
        20_000.0,
        None,
        Some("at least"),
    ),
    ("a dozen eggs", "a dozen eggs", K::Count, 12.0, None, None),
    (
        "a couple of dozen nurses",
        "a couple of dozen nurses",
        K::Count,
        24.0,
        None,
        None,
    ),
    (
        "a few hundred residents",
        "a few hundred residents",
        K::Count,
        200.0,
        None,
        Some("at least"),
    ),
    (
        "about 120000 watched",
        "about 120000",
        K::Count,
        120_000.0,
        None,
        Some("about"),
    ),
    ("two dozen", "two dozen", K::Count, 24.0, None, None),
    ("half a dozen", "half a dozen", K::Count, 6.0, None, None),
    ("forty-two", "forty-two", K::Count, 42.0, None, None),
    (
        "seven hundred twenty-one thousand and twelve",
        "seven hundred twenty-one thousand and twelve",
        K::Count,
        721_012.0,
        None,
        None,
    ),
    (
        "three crore twelve lakh",
        "three crore twelve lakh",
        K::Count,
        31_200_000.0,
        None,
        None,
    ),
    (
        "two point two million",
        "two point two million",
        K::Count,
        2_200_000.0,
        None,
        None,
    ),
    ("1 point 1", "1 point 1", K::Count, 1.1, None, None),
    ("100k", "100k", K::Count, 100_000.0, None, None),
    ("1.2M", "1.2M", K::Count, 1_200_000.0, None, None),
    ("5m people", "5m people", K::Count, 5e6, None, None),
    (
        "-1,200,000",
        "-1,200,000",
        K::Count,
        -1_200_000.0,
        None,
        None,
    ),
    (
        "minus three million",
        "minus three million",
        K::Count,
        -3e6,
        None,
        None,
    ),
    (
        "a margin of plus or minus 2%",
        "plus or minus 2%",
        K::Percent,
        2.0,
        Some("%"),
        None,
    ),
    (
        "2.5 times more likely",
        "2.5 times",
        K::Ratio,
        2.5,
        None,
        None,
    ),
    (
        "about 300 protesters",
        "about 300 protesters",
        K::Count,
        300.0,
        None,
        Some("about"),
    ),
    (
        "more than 40 cases",
        "more than 40 cases",
        K::Count,
        40.0,
        None,
        Some("more than"),
    ),
    (
        "nearly 1,000",
        "nearly 1,000",
        K::Count,
        1000.0,
        None,
        Some("nearly"),
    ),
    (
        "no more than 7 euros",
        "no more than 7 euros",
        K::Money,
        7.0,
        Some("EUR"),
        Some("no more than"),
    ),
    // Percentages
    ("48%", "48%", K::Percent, 48.0, Some("%"), None),
    (
        "4.5 percent",
        "4.5 percent",
        K::Percent,
        4.5,
        Some("%"),
        None,
    ),
    (
        "9.1 per cent",
        "9.1 per cent",
        K::Percent,
        9.1,
        Some("%"),
        None,
    ),
    (
        "3 percentage points",
        "3 percentage points",
        K::Percent,
        3.0,
        Some("pp"),
        None,
    ),
    (
        "forty percent",
        "forty percent",
        K::Percent,
        40.0,
        Some("%"),
        None,
    ),
    // Money
    (
        "$1.2 billion",
        "$1.2 billion",
        K::Money,
        1.2e9,
        Some("USD"),
        None,
    ),
    ("£3.4bn", "£3.4bn", K::Money, 3.4e9, Some("GBP"), None),
    (
        "€950 million",
        "€950 million",
        K::Money,
        9.5e8,
        Some("EUR"),
        None,
    ),
    (
        "40 dollars",
        "40 dollars",
        K::Money,
        40.0,
        Some("USD"),
        None,
    ),
    ("Rs 5 crore", "Rs 5 crore", K::Money, 5e7, Some("INR"), None),
    (
        "earned 5.3 trillion won",
        "5.3 trillion won",
        K::Money,
        5.3e12,
        Some("KRW"),
        None,
    ),
    (
        "about 5.82 trillion U.S. dollars",
        "about 5.82 trillion U.S. dollars",
        K::Money,
        5.82e12,
        Some("USD"),
        Some("about"),
    ),
    (
        "US$4.7 billion",
        "US$4.7 billion",
        K::Money,
        4.7e9,
        Some("USD"),
        None,
    ),
    ("HK$10", "HK$10", K::Money, 10.0, Some("HKD"), None),
    ("$5m", "$5m", K::Money, 5e6, Some("USD"), None),
    ("EUR 20", "EUR 20", K::Money, 20.0, Some("EUR"), None),
    ("42 KWD", "42 KWD", K::Money, 42.0, Some("KWD"), None),
    ("ten cents", "ten cents", K::Money, 0.1, Some("USD"), None),
    (
        "$20 and 43c",
        "$20 and 43c",
        K::Money,
        20.43,
        Some("USD"),
        None,
    ),
    (
        "10 grand",
        "10 grand",
        K::Money,
        10_000.0,
        Some("USD"),
        None,
    ),
    ("a dollar", "a dollar", K::Money, 1.0, Some("USD"), None),
    (
        "50 million pounds",
        "50 million pounds",
        K::Money,
        5e7,
        Some("GBP"),
        None,
    ),
    // Measures
    ("10 km", "10 km", K::Measure, 10.0, Some("km"), None),
    (
        "a 6.2-magnitude quake",
        "6.2-magnitude",
        K::Measure,
        6.2,
        Some("magnitude"),
        None,
    ),
    (
        "120 km/h",
        "120 km/h",
        K::Measure,
        120.0,
        Some("km/h"),
        None,
    ),
    ("3 inches", "3 inches", K::Measure, 3.0, Some("in"), None),
    ("20C", "20C", K::Measure, 20.0, Some("°C"), None),
    (
        "37 degrees Celsius",
        "37 degrees Celsius",
        K::Measure,
        37.0,
        Some("°C"),
        None,
    ),
    (
        "2 degrees below zero",
        "2 degrees below zero",
        K::Measure,
        -2.0,
        Some("°"),
        None,
    ),
    (
        "half a liter",
        "half a liter",
        K::Measure,
        0.5,
        Some("L"),
        None,
    ),
    ("3/4 cup", "3/4 cup", K::Measure, 0.75, Some("cup"), None),
    (
        "7 feet 10 inches",
        "7 feet 10 inches",
        K::Measure,
        7.0,
        Some("ft"),
        None,
    ),
    (
        "sentenced to 10 years",
        "10 years",
        K::Measure,
        10.0,
        Some("year"),
        None,
    ),
    ("500g of flour", "500g", K::Measure, 500.0, Some("g"), None),
    // Ranges: the value is the lower bound
    (
        "between 200 and 300",
        "between 200 and 300",
        K::Range,
        200.0,
        None,
        None,
    ),
    ("5,000-6,000", "5,000-6,000", K::Range, 5000.0, None, None),
    (
        "from 10 to 15 degrees",
        "from 10 to 15 degrees",
        K::Range,
        10.0,
        Some("°"),
        None,
    ),
    (
        "about $10-$20",
        "about $10-$20",
        K::Range,
        10.0,
        Some("USD"),
        Some("about"),
    ),
    (
        "7-9 lakh rupees",
        "7-9 lakh rupees",
        K::Range,
        700_000.0,
        Some("INR"),
        None,
    ),
    ("5-6 million", "5-6 million", K::Range, 5e6, None, None),
    ("two or three", "two or three", K::Range, 2.0, None, None),
    // Ratios: the value is the quotient
    ("one in five", "one in five", K::Ratio, 0.2, None, None),
    ("3 out of 10", "3 out of 10", K::Ratio, 0.3, None, None),
    ("2:1", "2:1", K::Ratio, 2.0, None, None),
    ("won 3-2", "3-2", K::Ratio, 1.5, None, None),
    (
        "two-thirds of voters",
        "two-thirds",
        K::Ratio,
        2.0 / 3.0,
        None,
        None,
    ),
    (
        "a third of them",
        "a third",
        K::Ratio,
        1.0 / 3.0,
        None,
        None,
    ),
    ("1/5", "1/5", K::Ratio, 0.2, None, None),
    // Changes with no number of their own: the value is the factor
    ("doubled", "doubled", K::Change, 2.0, None, None),
    ("fell by half.", "fell by half", K::Change, 0.5, None, None),
    (
        "rose by a third.",
        "rose by a third",
        K::Change,
        4.0 / 3.0,
        None,
        None,
    ),
    ("a 3-fold increase", "3-fold", K::Change, 3.0, None, None),
    (
        "revenue grew threefold",
        "threefold",
        K::Change,
        3.0,
        None,
        None,
    ),
    ("a twofold decrease", "twofold", K::Change, 0.5, None, None),
];

#[test]
fn values_units_and_qualifiers() {
    let mut failures = Vec::new();
    for &(text, span, kind, value, unit, qualifier) in CASES {
        let found = find(text);
        let Some(s) = found.first() else {
            failures.push(format!("{text:?}: nothing found"));
            continue;
        };
        let got = (
            &text[s.span()],
            s.kind,
            s.value,
            s.unit.as_deref(),
            s.qualifier.as_deref(),
        );
        let close = s
            .value
            .is_some_and(|v| (v - value).abs() <= 1e-9 * value.abs().max(1.0));
        if got.0 != span || got.1 != kind || !close || got.3 != unit || got.4 != qualifier {
            failures.push(format!(
                "{text:?}: expected {:?}, got {got:?}",
                (span, kind, value, unit, qualifier)
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases differ:\n{}",
        failures.len(),
        CASES.len(),
        failures.join("\n")
    );
}

/// `(text, marked span, upper bound)` for ranges.
const UPPER: &[(&str, &str, f64)] = &[
    ("between 200 and 300", "between 200 and 300", 300.0),
    ("5-6 million", "5-6 million", 6e6),
    ("10-20 dollars", "10-20 dollars", 20.0),
];

#[test]
fn ranges_carry_their_upper_bound() {
    for &(text, span, upper) in UPPER {
        let s = &find(text)[0];
        assert_eq!((&text[s.span()], s.upper), (span, Some(upper)), "{text}");
    }
}

/// `(text, marked span, change)`: the change word is an attribute of the
/// number, outside the span.
const CHANGES: &[(&str, &str, Change)] = &[
    ("prices rose 4.5 percent", "4.5 percent", Change::Rise),
    ("sales fell by 3%", "3%", Change::Fall),
    ("shares were up 12%", "12%", Change::Rise),
    ("a 5% rise in costs", "5%", Change::Rise),
    ("an increase of $2 million", "$2 million", Change::Rise),
    ("the company cut 500 jobs", "500 jobs", Change::Fall),
    ("doubled", "doubled", Change::Rise),
];

#[test]
fn changes_are_attributes() {
    for &(text, span, change) in CHANGES {
        let s = &find(text)[0];
        assert_eq!((&text[s.span()], s.change), (span, Some(change)), "{text}");
    }
}

#[test]
fn a_level_is_not_a_change() {
    let s = &find("unemployment fell to 3.5%")[0];
    assert_eq!(s.change, None);
}

#[test]
fn any_text_gives_a_result() {
    let long_digits = "9".repeat(100_000);
    let marks = "$-%/:".repeat(40_000);
    let words = "one in five ".repeat(10_000);
    for text in [
        "",
        "-",
        "$",
        "1,",
        ".5",
        "a",
        "half",
        "between",
        "1/0",
        "0:0",
        "5-",
        "- 5",
        "\u{0}12\u{1}",
        "😀 12 😀",
        long_digits.as_str(),
        marks.as_str(),
        words.as_str(),
    ] {
        for s in find(text) {
            assert!(s.start <= s.end && s.end <= text.len());
            assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
            assert!(s.value.is_none_or(f64::is_finite));
        }
    }
}
