//! A forum poster's profile, set beside each post of a thread: the poster's name and rank,
//! counters ("Posts: 6217", "Joined: Feb 2019", "Reputation: 7"), other fields ("Location:
//! United Kingdom") and a group's label. The post's own byline ("by Minoa » Tue Aug 27,
//! 2019"), heading or date says whose it is and when; the profile is the forum's
//! furniture, repeated over every post. Shared by the plain-text cleaner and the HTML reader.

use std::sync::LazyLock;

use regex::Regex;

/// The rule and reason a profile's lines are reported under.
pub(crate) const RULE: &str = "forum-profile";
pub(crate) const REASON: &str = "a forum poster's profile beside a post (name, rank, counters, fields): the post's byline or date says whose it is";

/// A line of a page, as the cleaner reads it.
pub(crate) struct Line<'a> {
    pub text: &'a str,
    pub heading: bool,
}

/// A member's count of posts (threads, messages) alone on a line, or opening a line of
/// fields ("Posts: 116 Threads: 23 Joined: Feb 2019 Reputation: 7").
static COUNTER: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)^\W*(?:posts|messages|threads|topics)\W*:\W*\d[\d,.]*(?:\s|\W*$)").unwrap());

/// A member's count of posts and when they joined, on one line ("1,109 posts · Joined
/// 2022", "3 posts · Joined Mar 2024"): a profile in words no article writes, a thread's
/// even alone (a forum may show only its opener's).
static POSTS_JOINED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^\W*\d[\d,.]*\s*k?\s+(?:posts|messages)[\s*_]*[·•|][\s*_]*joined\s+[\p{L}\d ,.]{0,16}?\d{4}\W*$").unwrap());

/// A profile's field: a short capitalised label, its colon and a value (or none: "Contact:"
/// over icons).
static FIELD: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\W*\p{Lu}[\p{L} ]{0,24}?\W*:").unwrap());

/// More words than a line of a profile's counters holds.
const COUNTER_WORDS: usize = 16;

/// More words than a profile's field holds ("Guest OSses: Windows, Linux, BSD").
const FIELD_WORDS: usize = 10;

/// More words than a poster's name, rank or group has.
const LABEL_WORDS: usize = 4;

/// A poster's name and rank stand above the counters: so many lines at most.
const LINES_ABOVE: usize = 2;

/// The post's head follows its profile within so many lines.
const HEAD_LINES: usize = 3;

/// A group's label or two stand below the fields.
const LINES_BELOW: usize = 2;

/// The indices of the lines of posters' profiles, in order. A thread's profiles, not a
/// line of figures in an article: two counters of posts at least. `opener` is the thread's
/// author when known: the first post's byline may have been read into the metadata.
pub(crate) fn profiles(lines: &[Line], opener: Option<&str>) -> Vec<usize> {
    let joined = |l: &Line| !l.heading && POSTS_JOINED.is_match(l.text);
    let counter = |l: &Line| joined(l) || !l.heading && words(l.text) <= COUNTER_WORDS && COUNTER.is_match(l.text);
    if !lines.iter().any(joined) && lines.iter().filter(|l| counter(l)).count() < 2 {
        return Vec::new();
    }
    let mut taken = vec![false; lines.len()];
    let mut first = true;
    for i in 0..lines.len() {
        if taken[i] || !counter(&lines[i]) {
            continue;
        }
        let mut end = i + 1;
        while end < lines.len() && field(&lines[end]) {
            end += 1;
        }
        // A group's label ("Civil Rights Lovefest") only where the post's head follows, past
        // the post's buttons (a list, read as an empty line): the post may open on a short
        // line of its own.
        let labels = (end..lines.len().min(end + LINES_BELOW)).take_while(|&k| label(&lines[k])).count();
        let next = lines[end + labels..].iter().take(HEAD_LINES).find(|l| !l.text.trim().is_empty());
        if labels > 0 && next.is_some_and(post_head) {
            end += labels;
        }
        let mut start = i;
        while start > 0 && !taken[start - 1] && field(&lines[start - 1]) {
            start -= 1;
        }
        // The poster's name (over a rank) goes only when the post's head names the poster:
        // a post headed by its date alone keeps the name that says whose it is (and a short
        // line above may end the post before).
        let mut head: Vec<String> = lines[end..lines.len().min(end + HEAD_LINES)].iter().filter(|l| post_head(l)).map(|l| plain(l.text)).collect();
        if first {
            head.extend(opener.map(plain));
            first = false;
        }
        let above: Vec<usize> = (0..start).rev().take(LINES_ABOVE).take_while(|&k| !taken[k] && label(&lines[k])).collect();
        if let Some(name) = above.iter().rev().find(|&&k| head.iter().any(|h| h.contains(&plain(lines[k].text)))) {
            start = *name;
        }
        taken[start..end].iter_mut().for_each(|t| *t = true);
    }
    (0..lines.len()).filter(|&k| taken[k]).collect()
}

/// A line's words alone, each set between spaces (" by Ana Lima Tue Aug 27 "): a name is
/// found in a head as whole words ("Ed" is not in "by Edward").
fn plain(text: &str) -> String {
    let words: Vec<&str> = text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    format!(" {} ", words.join(" "))
}

fn words(text: &str) -> usize {
    text.split_whitespace().count()
}

/// A field of a profile: "Joined: 4. Jul 2012, 16:09", "Location: United Kingdom".
fn field(line: &Line) -> bool {
    !line.heading && words(line.text) <= FIELD_WORDS && FIELD.is_match(line.text) && !ends_a_sentence(line.text)
}

/// A poster's name, rank or group: a few words, no sentence, no byline.
fn label(line: &Line) -> bool {
    let text = line.text.trim();
    !line.heading && (1..=LABEL_WORDS).contains(&words(text)) && !text.ends_with(['.', '!', '?', ':', ';', ',']) && !text.to_lowercase().starts_with("by ") && !FIELD.is_match(text)
}

fn ends_a_sentence(text: &str) -> bool {
    text.trim_end_matches(['*', '_', ' ']).ends_with(['.', '!', '?'])
}

/// The head of a post: its heading ("Re: …"), its byline or its date.
fn post_head(line: &Line) -> bool {
    let lower = line.text.trim_start_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
    line.heading || lower.starts_with("by ") || lower.starts_with("re:") || !super::dates::find_all(line.text, super::dates::NumericOrder::Unknown).is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn taken(page: &[&str]) -> Vec<String> {
        let lines: Vec<Line> = page.iter().map(|t| Line { text: t.trim_start_matches("# "), heading: t.starts_with("# ") }).collect();
        profiles(&lines, None).into_iter().map(|k| lines[k].text.to_string()).collect()
    }

    #[test]
    fn each_posters_name_rank_counters_and_group_are_taken() {
        let page = [
            "Tora Lind",
            "Moderator",
            "**Posts:** 6217",
            "**Joined:** Oct 05, 2011",
            "Harbour Watchers",
            "",
            "# Re: The ferry timetable",
            "by **Tora Lind** » Tue Aug 27, 2019 5:58 am",
            "The winter timetable starts next week, and the last ferry leaves at ten.",
            "Cheers all",
            "Ana Quist",
            "**Posts:** 22",
            "**Location:** Velmora",
            "by **Ana Quist** » Tue Aug 27, 2019 6:10 am",
            "Thanks, that helps.",
        ];
        let got = taken(&page);
        assert_eq!(got, ["Tora Lind", "Moderator", "**Posts:** 6217", "**Joined:** Oct 05, 2011", "Harbour Watchers", "Ana Quist", "**Posts:** 22", "**Location:** Velmora"]);
    }

    #[test]
    fn a_posters_name_stays_where_the_post_is_headed_by_its_date_alone() {
        let page = [
            "The timetable changed on Monday.",
            "Tora Lind",
            "**Posts:** 22",
            "# Re: The ferry timetable",
            "Mon Jan 29, 2024 2:28 pm",
            "Is the night ferry still running?",
            "Ed",
            "Ana Quist",
            "**Posts:** 105",
            "**Joined:** Wed Sep 18, 2019 6:14 am",
            "by Edward » Mon Jan 29, 2024 3:02 pm",
            "Yes, on weekdays.",
        ];
        // (Nor is a name found inside another word of the head: "Ed" in "Edward".)
        assert_eq!(taken(&page), ["**Posts:** 22", "**Posts:** 105", "**Joined:** Wed Sep 18, 2019 6:14 am"]);
    }

    #[test]
    fn a_profile_after_one_whose_post_is_missing_is_a_profile_of_its_own() {
        let page = [
            "The last paragraph of a post.",
            "Tora Lind",
            "Posts: 386",
            "Location: Velmora",
            "Contact:",
            "Ana Quist",
            "Posts: 2",
            "Joined: 17. Apr 2024, 10:08",
            "# Re: The ferry timetable",
            "by Ana Quist » 13. Sep 2024, 09:28",
            "The night boat is back.",
        ];
        assert_eq!(taken(&page), ["Posts: 386", "Location: Velmora", "Contact:", "Ana Quist", "Posts: 2", "Joined: 17. Apr 2024, 10:08"]);
    }

    #[test]
    fn a_line_of_counters_is_a_profile_and_a_short_opening_of_a_post_stays() {
        let page = [
            "Posts: 116 Threads: 23 Joined: Feb 2019 Reputation: **7**",
            "Hi all",
            "I run a small forum and wonder which program to move it to.",
            "Posts: 4,198 Threads: 137 Joined: Dec 2009 Reputation: **265**",
            "2019-02-25, 02:25 AM",
            "Try both on a test site first.",
        ];
        assert_eq!(taken(&page), ["Posts: 116 Threads: 23 Joined: Feb 2019 Reputation: **7**", "Posts: 4,198 Threads: 137 Joined: Dec 2009 Reputation: **265**"]);
    }

    #[test]
    fn a_count_of_posts_and_the_year_joined_on_one_line_is_a_profile_even_alone() {
        let page = ["410 posts · Joined 2002", "I have an old projector in the basement that has served me well.", "Time to replace it."];
        assert_eq!(taken(&page), ["410 posts · Joined 2002"]);
        assert_eq!(taken(&["**1,109 posts** • Joined Mar 2022", "In-house movements."]), ["**1,109 posts** • Joined Mar 2022"]);
        // A sentence telling them is no profile's line.
        assert!(taken(&["She wrote 410 posts · Joined in 2002, she left in 2009.", "Posts: 12"]).is_empty());
        assert!(taken(&["410 posts · Joined 2002, and still posting every day.", "Posts: 12"]).is_empty());
    }

    #[test]
    fn one_count_of_posts_in_an_article_is_no_profile() {
        let page = ["Blog statistics", "Posts: 212", "Comments: 1,040", "The blog ran for ten years."];
        assert!(taken(&page).is_empty());
    }

    #[test]
    fn a_sentence_is_never_a_field_and_a_heading_never_a_label() {
        let page = [
            "# Results",
            "Posts: 12",
            "Note: the figures are for the first quarter only.",
            "Posts: 14",
            "Summary: it went well.",
        ];
        assert_eq!(taken(&page), ["Posts: 12", "Posts: 14"]);
    }
}
