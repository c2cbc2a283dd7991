//! A deterministic generator of news-like text for the benchmarks.
//!
//! The wording is our own (no published article is copied): a small set of
//! paragraph templates in the shapes news uses (`“…,” X said`, `X said: “…”`,
//! a pronoun attribution, a quote running over two paragraphs, scare quotes,
//! statistics of every kind, dates, identifiers, apostrophes, straight and
//! curly marks), filled from word lists by a fixed pseudo-random sequence.
//! The same size always gives the same text, so native and Node benchmarks
//! measure the same input.

/// A xorshift generator: deterministic, fast and good enough to vary text.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const FIRST: &[&str] = &[
    "Maria",
    "Tomás",
    "Aiko",
    "Daniel",
    "Fatima",
    "Oleksandr",
    "Grace",
    "Kwame",
    "Ingrid",
    "Rahul",
    "Chen",
    "Sophie",
    "Mateo",
    "Amina",
    "Lars",
    "Nadia",
];
const LAST: &[&str] = &[
    "Okafor",
    "Lindqvist",
    "Haddad",
    "Moreau",
    "Tanaka",
    "O’Brien",
    "Novak",
    "Reyes",
    "Kowalski",
    "Mensah",
    "Dubois",
    "Sørensen",
    "Patel",
    "Al-Masri",
    "Whitfield",
    "Ibarra",
];
const ROLES: &[&str] = &[
    "a spokeswoman for the ministry",
    "the city’s deputy mayor",
    "chief economist at a regional bank",
    "director of a local housing charity",
    "head of the transport workers’ union",
    "a professor of public health",
    "the company's finance director",
    "a senior analyst at a research institute",
];
const CUES: &[&str] = &[
    "said",
    "says",
    "added",
    "told reporters",
    "wrote",
    "explained",
];
const TOPICS: &[&str] = &[
    "the new rail line",
    "water prices",
    "the hospital budget",
    "school funding",
    "the harbour project",
    "rents in the capital",
    "the wind farm",
    "the fishing quota",
];
const CLAIMS: &[&str] = &[
    "We have waited long enough for a decision",
    "Nobody here believes the numbers add up",
    "This is the first time we’ve seen anything like it",
    "It won't be cheap, and it won't be quick",
    "Families can’t keep paying more for less",
    "The plan was never about saving money",
    "We’re not going to stop until the work is done",
    "I think people deserve a straight answer",
];
const ORGS: &[&str] = &[
    "the statistics office",
    "the finance ministry",
    "the central bank",
    "the auditors",
    "the regulator",
    "an independent review",
];
const MONTHS: &[&str] = &["January", "March", "May", "July", "September", "November"];

/// One paragraph, from one of the templates.
fn paragraph(rng: &mut Rng, out: &mut String) {
    let name = format!("{} {}", rng.pick(FIRST), rng.pick(LAST));
    let last = name.rsplit(' ').next().unwrap_or(&name).to_string();
    let role = rng.pick(ROLES);
    let cue = rng.pick(CUES);
    let topic = rng.pick(TOPICS);
    let claim = rng.pick(CLAIMS);
    let org = rng.pick(ORGS);
    let pct = format!("{}.{}", 1 + rng.below(60), rng.below(10));
    let count = 100 + rng.below(9_900);
    let money = format!("{}.{}", 1 + rng.below(40), rng.below(10));
    let year = 1990 + rng.below(35);
    let day = 1 + rng.below(28);
    let month = rng.pick(MONTHS);
    let para = match rng.below(12) {
        0 => format!("“{claim},” {name}, {role}, {cue}. “There is no other way to read it.”"),
        1 => format!(
            "{name}, {role}, {cue} on {month} {day}: “{claim}. The figures show {pct} percent more than last year.”"
        ),
        2 => format!(
            "According to {org}, {topic} will cost ${money} billion, up from ${money} million in {year}, and about {count} people will be affected."
        ),
        3 => {
            format!("\"{claim},\" {last} {cue}, pointing to a rise of {pct}% since {month} {year}.")
        }
        4 => format!(
            "“{claim}. We told them so in {year}, and we’ll tell them again.\n\n“Between {count} and {} households are on the list,” {name} {cue}.",
            count + 500
        ),
        5 => format!(
            "Critics call it a “quick fix” for {topic}, and the so-called ‘rescue plan’ has been delayed {} times since the ’90s.",
            2 + rng.below(6)
        ),
        6 => format!(
            "Prices rose {pct} percent in {month}, the fastest pace since {year}, {org} said, while one in {} shops reported falling sales.",
            3 + rng.below(7)
        ),
        7 => format!(
            "“Is that really the best we can do?” {last} asked. “I don’t think so.” He said the firm's 5'10\" chairman owed staff an apology."
        ),
        8 => format!(
            "A report on {topic}, published on {day} {month} {year}, found that {count} of the {} sites inspected were below standard, a ratio of nearly 2:1.",
            count * 3
        ),
        9 => format!(
            "Flight BA{} from Room {} carried {} passengers over {} km, the operator’s spokesman said.",
            100 + rng.below(900),
            100 + rng.below(400),
            50 + rng.below(300),
            200 + rng.below(5000)
        ),
        10 => format!(
            "“We are talking about {count} jobs,” {name} {cue}. “If it closes, the town loses ‘the heart of its economy,’ as my father used to say.”"
        ),
        _ => format!(
            "In {year}, the council spent €{money}m on {topic}; this year it plans to spend roughly {pct}% less, or about £{} million, officials said.",
            1 + rng.below(90)
        ),
    };
    out.push_str(&para);
    out.push_str("\n\n");
}

/// News-like text of about `bytes` bytes (it ends at a paragraph's end, at
/// most one paragraph past `bytes`); always the same for the same size.
pub fn article(bytes: usize) -> String {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut out = String::with_capacity(bytes + 512);
    out.push_str("City Weighs Costs as Projects Stall\n\n");
    while out.len() < bytes {
        paragraph(&mut rng, &mut out);
    }
    out
}

/// The sizes benchmarked, with their names: 1 KB to 10 MB.
pub const SIZES: &[(&str, usize)] = &[
    ("1KB", 1_000),
    ("10KB", 10_000),
    ("100KB", 100_000),
    ("1MB", 1_000_000),
    ("10MB", 10_000_000),
];
