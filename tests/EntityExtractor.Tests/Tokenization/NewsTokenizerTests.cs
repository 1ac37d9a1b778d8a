using EntityExtractor.Tokenization;
using FluentAssertions;
using Xunit;

namespace EntityExtractor.Tests.Tokenization;

public sealed class NewsTokenizerTests
{
    /// <summary>Tokens as "text/Kind" strings, for readable expectations.</summary>
    private static List<string> Describe(string text) =>
        NewsTokenizer.Tokenize(text).Select(t => $"{text[t.Start..t.End]}/{t.Kind}").ToList();

    public static TheoryData<string, string[]> Cases => new()
    {
        // Abbreviations and initials keep their periods.
        { "a U.S. official", ["a/Word", "U.S./Abbreviation", "official/Word"] },
        { "on Oct. 7 at 2 p.m.", ["on/Word", "Oct./Abbreviation", "7/Number", "at/Word", "2/Number", "p.m./Abbreviation"] },
        { "Dr. Hadi", ["Dr./Abbreviation", "Hadi/Word"] },
        { "Lt. Gen. Ali", ["Lt./Abbreviation", "Gen./Abbreviation", "Ali/Word"] },
        { "J.R.R. Tolkien", ["J.R.R./Abbreviation", "Tolkien/Word"] },
        { "J. Smith", ["J./Abbreviation", "Smith/Word"] },
        { "the U.N. mission", ["the/Word", "U.N./Abbreviation", "mission/Word"] },
        { "Dallas, Tex., police", ["Dallas/Word", ",/Punctuation", "Tex./Abbreviation", ",/Punctuation", "police/Word"] },
        { "a U.S.-led coalition", ["a/Word", "U.S.-led/Word", "coalition/Word"] },
        { "a Calif.-based firm", ["a/Word", "Calif.-based/Word", "firm/Word"] },
        { "Sept.-Oct. sales", ["Sept./Abbreviation", "-/Punctuation", "Oct./Abbreviation", "sales/Word"] },
        { "ST. LOUIS (Reuters)", ["ST./Abbreviation", "LOUIS/Word", "(/Punctuation", "Reuters/Word", ")/Punctuation"] },
        { "THEY SAID NO. THEN", ["THEY/Word", "SAID/Word", "NO/Word", "./Punctuation", "THEN/Word"] },
        { "the U.S military", ["the/Word", "U.S/Abbreviation", "military/Word"] },
        { "the F.B.I, U.S.A and U.S-led", ["the/Word", "F.B.I/Abbreviation", ",/Punctuation", "U.S.A/Abbreviation", "and/Word", "U.S-led/Word"] },
        { "T.O'Gorman and M.Sc", ["T./Abbreviation", "O'Gorman/Word", "and/Word", "M./Abbreviation", "Sc/Word"] },

        // Possessives and clitics, straight and curly.
        { "the Hashed's factions", ["the/Word", "Hashed/Word", "'s/Clitic", "factions/Word"] },
        { "al-Sudani\u2019s office", ["al-Sudani/Word", "\u2019s/Clitic", "office/Word"] },
        { "they don't", ["they/Word", "do/Word", "n't/Clitic"] },
        { "it can\u2019t", ["it/Word", "ca/Word", "n\u2019t/Clitic"] },
        { "we're here", ["we/Word", "'re/Clitic", "here/Word"] },
        { "soldiers' families", ["soldiers/Word", "'/Clitic", "families/Word"] },
        { "O'Brien said", ["O'Brien/Word", "said/Word"] },

        // Clitics written apart from their word, as in text rebuilt from corpus tokens, are the same clitic tokens.
        { "the Boatmen 's board", ["the/Word", "Boatmen/Word", "'s/Clitic", "board/Word"] },
        { "at Elmford \u2019s mill", ["at/Word", "Elmford/Word", "\u2019s/Clitic", "mill/Word"] },
        { "they did n't , we 're sure they 'll", ["they/Word", "did/Word", "n't/Clitic", ",/Punctuation", "we/Word", "'re/Clitic", "sure/Word", "they/Word", "'ll/Clitic"] },
        { "I 'm told she 'd left 'S", ["I/Word", "'m/Clitic", "told/Word", "she/Word", "'d/Clitic", "left/Word", "'S/Clitic"] },
        { "the Rovers ' coach", ["the/Word", "Rovers/Word", "'/Clitic", "coach/Word"] },
        { "at Lord 's .", ["at/Word", "Lord/Word", "'s/Clitic", "./Punctuation"] },

        // Quotes and names that only look like a clitic written apart stay what they are.
        { "the letter 's' stood", ["the/Word", "letter/Word", "'/Punctuation", "s/Word", "'/Punctuation", "stood/Word"] },
        { "born in 's-Hertogenbosch", ["born/Word", "in/Word", "'/Punctuation", "s-Hertogenbosch/Word"] },
        { "he said ' s", ["he/Word", "said/Word", "'/Punctuation", "s/Word"] },
        { "a 'smart' plan", ["a/Word", "'/Punctuation", "smart/Word", "'/Punctuation", "plan/Word"] },
        { ", 's", [",/Punctuation", "'/Punctuation", "s/Word"] },
        { "n't", ["n't/Word"] },

        // Hyphenated and Arabic-style names.
        { "Hashed al-Shaabi", ["Hashed/Word", "al-Shaabi/Word"] },
        { "pro-Iran groups", ["pro-Iran/Word", "groups/Word"] },
        { "a one-way street", ["a/Word", "one-way/Word", "street/Word"] },
        { "F-16 jets", ["F-16/Word", "jets/Word"] },
        { "a 16-year-old boy", ["a/Word", "16-year-old/Word", "boy/Word"] },

        // Numbers.
        { "1,200 people", ["1,200/Number", "people/Word"] },
        { "1,200,000", ["1,200,000/Number"] },
        { "3.5 percent", ["3.5/Number", "percent/Word"] },
        { "the 10th day", ["the/Word", "10th/Number", "day/Word"] },
        { "in 2019-2020", ["in/Word", "2019-2020/Number"] },
        { "in 2019\u20132020", ["in/Word", "2019\u20132020/Number"] },
        { "$4 million", ["$/Symbol", "4/Number", "million/Word"] },
        { "50%", ["50/Number", "%/Symbol"] },
        { "the 1990s", ["the/Word", "1990s/Number"] },
        { "a .45 caliber", ["a/Word", ".45/Number", "caliber/Word"] },
        { "3, 4 and 5", ["3/Number", ",/Punctuation", "4/Number", "and/Word", "5/Number"] },

        // A list item's number keeps its period when it begins a line and the item follows on that line.
        { "Results:\n1. Ann Lee\n 12. Bo Ray", ["Results/Word", ":/Punctuation", "1./Number", "Ann/Word", "Lee/Word", "12./Number", "Bo/Word", "Ray/Word"] },
        { "1. Ann", ["1./Number", "Ann/Word"] },
        { "He won 2. Then", ["He/Word", "won/Word", "2/Number", "./Punctuation", "Then/Word"] },
        { "1.\nAnn", ["1/Number", "./Punctuation", "Ann/Word"] },
        { "1. ", ["1/Number", "./Punctuation"] },
        { "123. Ann", ["123/Number", "./Punctuation", "Ann/Word"] },
        { "1.5 Ann", ["1.5/Number", "Ann/Word"] },

        // Times and dates.
        { "at 10:30 a.m.", ["at/Word", "10:30/DateTime", "a.m./Abbreviation"] },
        { "on 2019-08-22", ["on/Word", "2019-08-22/DateTime"] },
        { "on 8/22/2019", ["on/Word", "8/22/2019/DateTime"] },

        // Quotes, dashes, ellipses.
        { "\"A drone,\" he said", ["\"/Punctuation", "A/Word", "drone/Word", ",/Punctuation", "\"/Punctuation", "he/Word", "said/Word"] },
        { "\u201CNo\u201D \u2014 never", ["\u201C/Punctuation", "No/Word", "\u201D/Punctuation", "\u2014/Punctuation", "never/Word"] },
        { "wait... what", ["wait/Word", ".../Punctuation", "what/Word"] },
        { "wait\u2026 what", ["wait/Word", "\u2026/Punctuation", "what/Word"] },
        { "Baghdad -- Iraq", ["Baghdad/Word", "--/Punctuation", "Iraq/Word"] },

        // Web text.
        { "see https://example.org/a?b=c.", ["see/Word", "https://example.org/a?b=c/Url", "./Punctuation"] },
        { "(www.example.org)", ["(/Punctuation", "www.example.org/Url", ")/Punctuation"] },
        { "on example.com today", ["on/Word", "example.com/Url", "today/Word"] },
        { "mail press.office@example.co.uk now", ["mail/Word", "press.office@example.co.uk/Email", "now/Word"] },
        { "#Gaza and @Reuters", ["#Gaza/Hashtag", "and/Word", "@Reuters/Mention"] },
        { "#RIPhttps://t.co/x1", ["#RIP/Hashtag", "https://t.co/x1/Url"] },
        { "#https://t.co/x1", ["#/Symbol", "https://t.co/x1/Url"] },
        { "#NewsHTTP://x.org", ["#News/Hashtag", "HTTP://x.org/Url"] },
        { "#http_status", ["#http_status/Hashtag"] },
        { "AT&T shares", ["AT&T/Word", "shares/Word"] },
        { "end\n_____\n***", ["end/Word", "_____/Symbol", "***/Symbol"] },

        // Emoji and other scripts stay whole.
        { "ok \U0001F44D\U0001F3FD!", ["ok/Word", "\U0001F44D\U0001F3FD/Emoji", "!/Punctuation"] },
        { "\U0001F468\u200D\U0001F469\u200D\U0001F467 family", ["\U0001F468\u200D\U0001F469\u200D\U0001F467/Emoji", "family/Word"] },
        { "\U0001F1EE\U0001F1F6\U0001F1FA\U0001F1F8", ["\U0001F1EE\U0001F1F6/Emoji", "\U0001F1FA\U0001F1F8/Emoji"] },
        { "\u0628\u063A\u062F\u0627\u062F \u0627\u0644\u0639\u0631\u0627\u0642", ["\u0628\u063A\u062F\u0627\u062F/Word", "\u0627\u0644\u0639\u0631\u0627\u0642/Word"] },
        { "Hern\u00E1ndez in M\u00FCnchen", ["Hern\u00E1ndez/Word", "in/Word", "M\u00FCnchen/Word"] },
        { "\u5317\u4EAC\u5E02 office", ["\u5317\u4EAC\u5E02/Word", "office/Word"] },

        // Sentence punctuation splits off words.
        { "Baghdad on Thursday. \"A drone", ["Baghdad/Word", "on/Word", "Thursday/Word", "./Punctuation", "\"/Punctuation", "A/Word", "drone/Word"] },
        { "killed (two) people!", ["killed/Word", "(/Punctuation", "two/Word", ")/Punctuation", "people/Word", "!/Punctuation"] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Tokenize_NewsText_ReturnsExpectedTokens(string text, string[] expected)
    {
        Describe(text).Should().Equal(expected);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Tokenize_AnyCase_SpanAndListApisAgree(string text, string[] expected)
    {
        _ = expected;
        var fromList = NewsTokenizer.Tokenize(text);
        var fromEnumerator = new List<Token>();
        foreach (var token in NewsTokenizer.EnumerateTokens(text))
        {
            fromEnumerator.Add(token);
        }

        var buffer = new Token[text.Length + 1];
        int count = NewsTokenizer.Tokenize(text, buffer, out int consumed);

        fromEnumerator.Should().Equal(fromList);
        buffer.Take(count).Should().Equal(fromList);
        consumed.Should().Be(text.Length);
        NewsTokenizer.CountTokens(text).Should().Be(fromList.Count);
    }

    [Fact]
    public void Tokenize_Offsets_PointIntoTheCallersText()
    {
        const string text = "  Prime Minister Mohammed Shia al-Sudani's office\n\tsaid 1,200 fled.  ";

        var tokens = NewsTokenizer.Tokenize(text);

        tokens.Should().HaveCount(11);
        tokens[0].Should().Be(new Token(2, 5, TokenKind.Word, TokenShape.Capitalized | TokenShape.HasLetter));
        tokens[4].Start.Should().Be(text.IndexOf("al-Sudani", StringComparison.Ordinal));
        tokens[4].End.Should().Be(text.IndexOf("'s", StringComparison.Ordinal));
        tokens[^1].End.Should().Be(text.Length - 2);
        tokens.Should().OnlyContain(t => t.Start >= 0 && t.End <= text.Length && t.Length > 0);
        for (int i = 1; i < tokens.Count; i++)
        {
            tokens[i].Start.Should().BeGreaterThanOrEqualTo(tokens[i - 1].End);
        }
    }

    [Fact]
    public void Tokenize_Shapes_DescribeTheToken()
    {
        const string text = "NATO iPhone al-Sudani 2019 U.S. 10th Baghdad";
        var shapes = NewsTokenizer.Tokenize(text).Select(t => t.Shape).ToList();

        shapes[0].Should().HaveFlag(TokenShape.AllCaps).And.HaveFlag(TokenShape.Capitalized);
        shapes[1].Should().HaveFlag(TokenShape.MixedCase).And.NotHaveFlag(TokenShape.Capitalized);
        shapes[2].Should().HaveFlag(TokenShape.HasHyphen).And.HaveFlag(TokenShape.MixedCase);
        shapes[3].Should().Be(TokenShape.HasDigit | TokenShape.AllDigits);
        shapes[4].Should().HaveFlag(TokenShape.AllCaps).And.HaveFlag(TokenShape.HasPeriod);
        shapes[5].Should().HaveFlag(TokenShape.HasDigit).And.HaveFlag(TokenShape.HasLetter).And.NotHaveFlag(TokenShape.AllDigits);
        shapes[6].Should().Be(TokenShape.Capitalized | TokenShape.HasLetter);
    }

    [Theory]
    [InlineData("Four people were killed in Baghdad.", 3)]
    [InlineData("Hashed's men don't know; they'll say O'Brien's.", 1)]
    [InlineData("Hashed's men don't know; they'll say O'Brien's.", 2)]
    [InlineData("soldiers' families .45 caliber '90s \u2019s do\u2019n\u2019t", 1)]
    [InlineData("Boatmen 's men did n't ; Rovers ' coach 're\n1. Ann", 1)]
    public void Tokenize_DestinationTooSmall_ResumesAtNextIndexWithTheSameTokens(string text, int bufferSize)
    {
        var all = NewsTokenizer.Tokenize(text);
        var buffer = new Token[bufferSize];

        var collected = new List<Token>();
        int start = 0;
        int written;
        do
        {
            written = NewsTokenizer.Tokenize(text, start, buffer, out int next);
            collected.AddRange(buffer.Take(written));
            start = next;
        }
        while (written == bufferSize);

        collected.Should().Equal(all);
        start.Should().Be(text.Length);
    }

    [Theory]
    [InlineData("Boatmen's deal", "Boatmen 's deal")]
    [InlineData("Elmford\u2019s mill", "Elmford \u2019s mill")]
    [InlineData("they didn't", "they did n't")]
    [InlineData("WE'LL GO", "WE 'LL GO")]
    [InlineData("the Rovers' coach", "the Rovers ' coach")]
    public void Tokenize_CliticWrittenApart_SameKindAndShapeAsAttached(string attached, string apart)
    {
        var glued = NewsTokenizer.Tokenize(attached);
        var spaced = NewsTokenizer.Tokenize(apart);

        spaced.Select(t => (t.Kind, t.Shape, t.GetText(apart).ToString())).Should().Equal(
            glued.Select(t => (t.Kind, t.Shape, t.GetText(attached).ToString())));
    }

    [Fact]
    public void Tokenize_CliticWrittenApart_OffsetsPointAtTheClitic()
    {
        const string text = "Practice at Lord 's , then Queen \u2019s Park";

        NewsTokenizer.Tokenize(text).Should().Equal(
            new Token(0, 8, TokenKind.Word, TokenShape.Capitalized | TokenShape.HasLetter),
            new Token(9, 2, TokenKind.Word, TokenShape.AllLower | TokenShape.HasLetter),
            new Token(12, 4, TokenKind.Word, TokenShape.Capitalized | TokenShape.HasLetter),
            new Token(17, 2, TokenKind.Clitic, TokenShape.HasApostrophe | TokenShape.HasLetter | TokenShape.AllLower),
            new Token(20, 1, TokenKind.Punctuation, TokenShape.None),
            new Token(22, 4, TokenKind.Word, TokenShape.AllLower | TokenShape.HasLetter),
            new Token(27, 5, TokenKind.Word, TokenShape.Capitalized | TokenShape.HasLetter),
            new Token(33, 2, TokenKind.Clitic, TokenShape.HasApostrophe | TokenShape.HasLetter | TokenShape.NonAscii | TokenShape.AllLower),
            new Token(36, 4, TokenKind.Word, TokenShape.Capitalized | TokenShape.HasLetter));
    }

    [Theory]
    [InlineData("Hashed's", new[] { "Hashed", "'s" }, new[] { TokenKind.Word, TokenKind.Clitic })]
    [InlineData("don't", new[] { "do", "n't" }, new[] { TokenKind.Word, TokenKind.Clitic })]
    public void Tokenize_OneTokenAtATime_KeepsClitics(string text, string[] expected, TokenKind[] kinds)
    {
        var buffer = new Token[1];

        NewsTokenizer.Tokenize(text, buffer, out int consumed).Should().Be(1);
        var first = buffer[0];
        NewsTokenizer.Tokenize(text, consumed, buffer, out int next).Should().Be(1);
        var second = buffer[0];

        new[] { first.GetText(text).ToString(), second.GetText(text).ToString() }.Should().Equal(expected);
        new[] { first.Kind, second.Kind }.Should().Equal(kinds);
        next.Should().Be(text.Length);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(6)]
    public void Tokenize_StartIndexOutsideTheText_ThrowsOutOfRange(int startIndex)
    {
        var act = () => NewsTokenizer.Tokenize("Hello", startIndex, new Token[4], out _);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(nameof(startIndex));
    }

    [Fact]
    public void Token_EndPastIntMaxValue_ThrowsOutOfRange()
    {
        var act = () => new Token(int.MaxValue, int.MaxValue, TokenKind.Word, TokenShape.None);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("length");
        new Token(int.MaxValue - 5, 5, TokenKind.Word, TokenShape.None).End.Should().Be(int.MaxValue);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t  ")]
    [InlineData("\u200B\uFEFF\u0000\u0007")]
    public void Tokenize_NothingButSeparators_ReturnsNoToken(string text)
    {
        NewsTokenizer.Tokenize(text).Should().BeEmpty();
    }

    [Fact]
    public void Tokenize_Null_Throws()
    {
        var act = () => NewsTokenizer.Tokenize((string)null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("text");
    }

    [Fact]
    public void Tokenize_LoneSurrogates_BecomeSingleCodeUnitTokens()
    {
        string text = "a\uD800b \uDC00 \U0001F600";

        var tokens = NewsTokenizer.Tokenize(text);

        tokens.Select(t => (text[t.Start..t.End], t.Kind)).Should().Equal(
            ("a", TokenKind.Word), ("\uD800", TokenKind.Other), ("b", TokenKind.Word), ("\uDC00", TokenKind.Other), ("\U0001F600", TokenKind.Emoji));
    }

    [Fact]
    public void Tokenize_RandomUnicode_NeverSplitsASurrogatePairAndStaysInBounds()
    {
        var random = new Random(20261124);
        for (int round = 0; round < 300; round++)
        {
            var chars = new char[random.Next(0, 200)];
            for (int i = 0; i < chars.Length; i++)
            {
                chars[i] = random.Next(6) switch
                {
                    0 => (char)random.Next(0, 128),
                    1 => (char)random.Next(0xD800, 0xE000),
                    2 => " .,'-@#:/$"[random.Next(10)],
                    3 => (char)random.Next(0x0600, 0x0700),
                    _ => (char)random.Next(0, 0x10000),
                };
            }

            string text = new(chars);
            var tokens = NewsTokenizer.Tokenize(text);
            int previousEnd = 0;
            foreach (var token in tokens)
            {
                token.Length.Should().BePositive();
                token.Start.Should().BeGreaterThanOrEqualTo(previousEnd);
                token.End.Should().BeLessThanOrEqualTo(text.Length);
                bool splitsPair = token.Start > 0 && char.IsLowSurrogate(text[token.Start]) && char.IsHighSurrogate(text[token.Start - 1]);
                splitsPair.Should().BeFalse($"a token must not start inside a surrogate pair in round {round}");
                previousEnd = token.End;
            }
        }
    }

    [Fact]
    public void Tokenize_LongRunsWithoutSpaces_FinishWithSaneTokens()
    {
        string noSpaces = new('x', 1_000_000);
        string dots = string.Concat(Enumerable.Repeat("a.", 200_000));
        string digits = string.Concat(Enumerable.Repeat("1,2", 200_000));

        NewsTokenizer.Tokenize(noSpaces).Should().ContainSingle().Which.Length.Should().Be(noSpaces.Length);
        NewsTokenizer.CountTokens(dots).Should().Be(1, "a chain of single letters and periods is one dotted abbreviation");
        NewsTokenizer.CountTokens(digits).Should().Be(400_001, "'1,21,2…' splits at every comma not followed by three digits");
    }

    [Fact]
    public void EnumerateTokens_SpanPath_AllocatesNothing()
    {
        const string text = "At least four members of a pro-Iran faction were killed in Baghdad's Palestine Street on Oct. 7, a U.S. official said.";
        var buffer = new Token[64];
        Warm(text, buffer);

        long before = GC.GetAllocatedBytesForCurrentThread();
        int total = Warm(text, buffer);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        total.Should().BePositive();
        allocated.Should().Be(0);
    }

    private static int Warm(string text, Token[] buffer)
    {
        int total = 0;
        foreach (var token in NewsTokenizer.EnumerateTokens(text))
        {
            total += token.Length;
        }

        return total + NewsTokenizer.Tokenize(text, buffer, out _);
    }
}
