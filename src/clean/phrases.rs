//! The shipped phrase lists: site-chrome phrases, related-content headers and stop words.
//!
//! Takes nothing; provides lowercase phrase tables the other cleaner modules match against.
//! Each phrase is generic web furniture (calls to action, navigation, social and legal
//! boilerplate), never the text of one site. A phrase only condemns a *short* line (see
//! [`super::chrome`]), so body sentences that happen to contain one survive.

/// Calls to action and navigation/legal furniture, matched inside short lines.
pub const CHROME: &[&str] = &[
    "downloading pdf", "please wait", "ad choices", "adchoices", "skip to content", "skip to main content",
    "skip to navigation", "jump to navigation", "jump to: navigation", "jump to content", "sign up for", "sign up to", "subscribe", "newsletter",
    "make a donation", "donate", "help fund", "support our", "support us", "become a member",
    "leave a comment", "leave a reply", "post a comment", "add a comment", "comments",
    "bloggers like this", "like this:", "loading...", "share this", "share on", "share:",
    "email this", "print this", "print article", "cookie", "accept all", "privacy policy",
    "terms of use", "terms of service", "terms and conditions", "all rights reserved",
    "copyright", "©", "posted in", "filed under", "tags:", "tagged", "categories:",
    "category:", "min read", "minute read", "minutes read", "reading time", "advertisement",
    "follow us", "back to top", "log in", "sign in", "register", "my account",
    "this article is over", "this article is more than", "click here", "download the app",
    "read next", "see all", "view all", "view more", "load more", "show more", "you might also like",
    "opens in new window", "continue reading", "don't miss", "previous post", "next post",
    "previous article", "next article", "print", "unsubscribe", "follow", "also on",
    "image:", "photo:", "getty images", "sign up", "related:", "more in ", "read also",
    "see more", "watch:", "listen:", "click to", "rating:", "reporting by", "editing by",
    "promoted by", "sponsored content", "promoted content", "promoted stories", "social share",
    "add to pocket", "media playback is unsupported", "download figure", "download powerpoint",
    // A widget's error or status message.
    "something went wrong", "an error occurred", "an error has occurred", "please try again",
    "try again later", "javascript is disabled", "enable javascript", "loading photo", "loading gallery",
    "loading video", "loading comments",
    // A video player's keyboard help ("Press spacebar to pause and continue. Press esc to stop.").
    "press spacebar", "press esc",

];

/// A button's label standing alone on its line: the whole line is the label.
pub const BUTTONS: &[&str] = &["save", "share", "print", "email", "tweet", "pin", "pin it", "bookmark", "reply", "like", "recommend", "enlarge", "hide caption", "show caption", "toggle caption", "expand",
    // A reader's text-size control.
    "adjust", "text size", "font size",
    // A small screen's button opening the site's navigation.
    "menu", "main menu", "open menu", "close menu", "toggle menu", "toggle navigation",
    // A publishing system's link for its editors, left in the page.
    "edit story", "edit post", "edit this post", "edit article",
    // A forum post's buttons, and its link back to the top of the page.
    "reply with quote", "multi-quote", "multiquote", "report post", "jump to latest", "top"];

/// A web video player's controls and its captions dialog, printed as text where the player
/// stood: phrases matched inside lines of up to twenty-five words, and its buttons' labels
/// alone on a line.
pub const MEDIA_PLAYER: &[&str] = &[
    "this is a modal window", "this modal can be closed", "beginning of dialog window", "end of dialog window",
    "play video", "current time 0", "duration time", "remaining time", "stream type", "playback rate",
    "captions settings", "subtitles off", "descriptions off", "captions off", "close modal dialog",
    "text edge style", "font family default", "semi-transparent", "semi-opaque", "font size 50%",
    "loaded : 0%", "progress : 0%",
];
pub const MEDIA_BUTTONS: &[&str] = &["play", "pause", "mute", "unmute", "fullscreen", "close", "replay"];

/// The label an advertisement's slot prints where the page sets it, alone on its line
/// ("Advert", "Sponsored"): the advertisement itself is a script the saved page lacks.
pub const AD_SLOTS: &[&str] = &["ad", "ads", "advert", "adverts", "advertising", "sponsored", "paid content", "paid post", "story continues below", "story continues below advertisement", "article continues below", "article continues after advertisement", "story continues after advertisement"];

/// A forum poster's status printed beside each post, alone on its line ("Online" alone is
/// as often a listing's filter).
pub const POSTER_STATUS: &[&str] = &["offline", "online now"];

/// A widget's state where it lists nothing, alone on its line: an empty list of posts,
/// comments or results ("No posts", "Be the first to comment").
pub const EMPTY_WIDGETS: &[&str] = &[
    "no posts", "no posts found", "no comments", "no comments yet", "no results", "no results found", "nothing found",
    "be the first to comment", "there are no comments yet", "comments are closed",
];

/// Social networks: a short line naming one is a share or follow button; a longer one is
/// only when it asks the reader to share, follow or click (a headline or a sentence may
/// name the network: "Tories under fire for Twitter name switch").
pub const SOCIAL: &[&str] = &["tweet", "facebook", "twitter", "whatsapp", "linkedin", "pinterest", "reddit"];

/// The calls that make a longer line naming a social network a button.
pub const SOCIAL_CALLS: &[&str] = &["share", "follow", "click", "like us", "find us", "join us", "connect with", "email"];

/// Form and legal sentences, matched in lines of up to forty words: comment forms,
/// subscription prompts, site terms.
pub const FORMS: &[&str] = &[
    "your email address will not be published", "required fields are marked",
    "save my name, email", "notify me", "akismet", "comment data is processed",
    "registration on or use of this site", "may not be reproduced", "all rights reserved",
    "unsubscribe at any time", "no spam", "by clicking", "sign up for", "subscribe to our",
    "please activate your subscription", "your inbox", "terms of service", "privacy policy",
    "share it with a friend", "like this story", "please be respectful", "community rules",
];

/// Headers that open the reader-comments section.
pub const COMMENT_HEADERS: &[&str] = &[
    "comments", "leave a reply", "leave a comment", "post a comment", "add a comment",
    "join the discussion", "join the conversation", "reader comments", "discussion",
    "responses", "conversation",
];

/// Headers that open a block of teasers for other articles.
pub const RELATED: &[&str] = &[
    "latest news", "latest articles", "latest posts", "latest stories", "read more",
    "related posts", "related articles", "related stories", "related content", "related",
    "more stories", "more from", "you may also like", "you might also like", "explore more",
    "you might be interested in", "you may be interested in", "you might also be interested in", "you may also be interested in",
    "recommended", "recommended for you", "most popular", "most read", "trending",
    "popular posts", "popular stories", "popular articles", "recent posts", "further reading on this site", "more news",
    "trending news", "trending now", "top stories", "most viewed", "up next", "next up",
    "editor's picks", "editors' picks", "more on this story", "related searches", "breaking news",
    "next article", "previous article", "next story", "previous story", "read next", "next post", "previous post",
    // French, German, Spanish, Italian, Portuguese, Dutch.
    "articles liés", "articles similaires", "à lire aussi", "lire aussi", "sur le même sujet",
    "verwandte themen", "verwandte artikel", "ähnliche artikel", "weitere artikel", "mehr zum thema", "das könnte sie auch interessieren",
    "artículos relacionados", "noticias relacionadas", "te puede interesar", "también te puede interesar",
    "articoli correlati", "potrebbe interessarti", "artigos relacionados", "notícias relacionadas", "leia também",
    "gerelateerde artikelen", "lees ook",
    // Chinese, Japanese, Korean.
    "関連記事", "関連する記事", "おすすめ記事", "相关文章", "相關文章", "相关阅读", "관련 기사", "관련기사",
];

/// Frequent English function words, for stop-word density (prose has many).
pub const STOP_WORDS: &[&str] = &[
    "a", "about", "after", "all", "also", "an", "and", "are", "as", "at", "be", "because",
    "been", "but", "by", "can", "could", "did", "do", "for", "from", "had", "has", "have",
    "he", "her", "his", "how", "i", "if", "in", "into", "is", "it", "its", "more", "not",
    "of", "on", "one", "only", "or", "other", "our", "out", "she", "so", "than", "that",
    "the", "their", "them", "then", "there", "these", "they", "this", "to", "up", "was",
    "we", "were", "what", "when", "where", "which", "who", "why", "will", "with", "would", "you",
];

/// Words that, starting a short line, mark it as a sentence rather than a heading.
pub const CONNECTIVES: &[&str] = &["and", "but", "so", "yet", "or", "then", "because", "thus"];

/// Prefixes that form hyphenated compounds: a line-end hyphen after one is kept.
pub const COMPOUND_PREFIXES: &[&str] = &[
    "self", "well", "non", "anti", "post", "pre", "co", "ex", "semi", "all", "half",
    "long", "short", "quasi", "counter", "mid", "cross", "full", "so",
];
