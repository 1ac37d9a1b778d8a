namespace EntityExtractor.Tokenization;

/// <summary>What a <see cref="Token"/> is, as far as the tokenizer can tell without a model.</summary>
public enum TokenKind : byte
{
    /// <summary>The kind of <c>default(Token)</c>: no token.</summary>
    None = 0,

    /// <summary>A run of letters, possibly with digits, inner hyphens or apostrophes (<c>al-Shaabi</c>, <c>O'Brien</c>, <c>F-16</c>).</summary>
    Word,

    /// <summary>An abbreviation or initial that keeps its periods (<c>U.S.</c>, <c>Oct.</c>, <c>Dr.</c>, <c>J.R.R.</c>, <c>p.m.</c>).</summary>
    Abbreviation,

    /// <summary>A clitic split from the word before it (<c>'s</c>, <c>n't</c>, <c>'re</c>, a bare possessive <c>'</c>).</summary>
    Clitic,

    /// <summary>A number, possibly with thousands separators, decimals, an ordinal or unit suffix, or a range (<c>1,200</c>, <c>3.5</c>, <c>10th</c>, <c>2019-2020</c>).</summary>
    Number,

    /// <summary>A clock time or a numeric date (<c>10:30</c>, <c>2019-08-22</c>, <c>8/22/2019</c>).</summary>
    DateTime,

    /// <summary>Punctuation: periods, commas, brackets, quotes, dashes and ellipses.</summary>
    Punctuation,

    /// <summary>A symbol such as <c>$</c>, <c>%</c>, <c>&amp;</c> or <c>+</c>.</summary>
    Symbol,

    /// <summary>A web address (<c>https://example.org/a?b=c</c>, <c>www.example.org</c>, <c>example.com</c>).</summary>
    Url,

    /// <summary>An e-mail address.</summary>
    Email,

    /// <summary>A hashtag (<c>#Gaza</c>).</summary>
    Hashtag,

    /// <summary>A social-media handle (<c>@Reuters</c>).</summary>
    Mention,

    /// <summary>An emoji, including modifier, variation and zero-width-joiner sequences, kept whole.</summary>
    Emoji,

    /// <summary>Anything else that is not white space: other symbols, lone surrogates, unassigned code points.</summary>
    Other,
}
