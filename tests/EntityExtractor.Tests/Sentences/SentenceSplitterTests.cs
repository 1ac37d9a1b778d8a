using EntityExtractor.Sentences;
using EntityExtractor.Tokenization;
using FluentAssertions;
using Xunit;

namespace EntityExtractor.Tests.Sentences;

public sealed class SentenceSplitterTests
{
    private static List<string> Sentences(string text) =>
        SentenceSplitter.Split(text).Select(s => text[s.Start..s.End]).ToList();

    public static TheoryData<string, string[]> Cases => new()
    {
        {
            "A drone struck a car in Baghdad on Thursday. \"A drone hit us,\" he said.",
            ["A drone struck a car in Baghdad on Thursday.", "\"A drone hit us,\" he said."]
        },
        {
            "The strike came on Oct. 7 after talks. Officials said nothing.",
            ["The strike came on Oct. 7 after talks.", "Officials said nothing."]
        },
        {
            "A U.S. official said the U.S. Army was not involved.",
            ["A U.S. official said the U.S. Army was not involved."]
        },
        {
            "He moved to the U.S. The move was quiet.",
            ["He moved to the U.S.", "The move was quiet."]
        },
        {
            "FT. WORTH, Texas, June 3 - Two trains collided.",
            ["FT. WORTH, Texas, June 3 - Two trains collided."]
        },
        {
            "Lt. Gen. Ali Hussein and Dr. J. Smith met Gov. Reed.",
            ["Lt. Gen. Ali Hussein and Dr. J. Smith met Gov. Reed."]
        },
        {
            "\u201CWe heard a whistle.\u201D Then it exploded!",
            ["\u201CWe heard a whistle.\u201D", "Then it exploded!"]
        },
        {
            "Was anyone hurt? Nobody knows... Police said 3.5 percent.",
            ["Was anyone hurt?", "Nobody knows...", "Police said 3.5 percent."]
        },
        {
            "He said (in a statement.) Then he left.",
            ["He said (in a statement.)", "Then he left."]
        },
        {
            "Headline without a period\n\nThe body starts here.",
            ["Headline without a period", "The body starts here."]
        },
        {
            "He works for Acme Inc. in Dallas, Tex. and lives nearby.",
            ["He works for Acme Inc. in Dallas, Tex. and lives nearby."]
        },
        {
            "It happened at 2 p.m. The police came later.",
            ["It happened at 2 p.m.", "The police came later."]
        },
        {
            "See www.example.org. It has more.",
            ["See www.example.org.", "It has more."]
        },
        {
            "Four were killed. 12 were wounded.",
            ["Four were killed.", "12 were wounded."]
        },
        {
            "prices fell. e.g. oil.",
            ["prices fell. e.g. oil."]
        },
        {
            "Results:\n1. Ann Lee won.\n2. Bo Ray was second.",
            ["Results:\n1. Ann Lee won.", "2. Bo Ray was second."]
        },
        {
            "He said : \" We won . \"\nThe team left .",
            ["He said : \" We won . \"", "The team left ."]
        },
        {
            "We won . \" The team left . \"",
            ["We won .", "\" The team left . \""]
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Split_NewsText_BreaksWhereASentenceEnds(string text, string[] expected)
    {
        Sentences(text).Should().Equal(expected);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Split_AnyText_CoversEveryTokenOnceInOrder(string text, string[] expected)
    {
        _ = expected;
        var tokens = NewsTokenizer.Tokenize(text).ToArray();
        var sentences = SentenceSplitter.Split(text, tokens);

        sentences.Sum(s => s.TokenCount).Should().Be(tokens.Length);
        sentences[0].FirstToken.Should().Be(0);
        for (int i = 1; i < sentences.Count; i++)
        {
            sentences[i].FirstToken.Should().Be(sentences[i - 1].EndToken);
            sentences[i].Start.Should().BeGreaterThanOrEqualTo(sentences[i - 1].End);
        }

        sentences.Should().OnlyContain(s => s.Start == tokens[s.FirstToken].Start && s.End == tokens[s.EndToken - 1].End);
    }

    [Fact]
    public void Split_EmptyText_ReturnsNoSentence()
    {
        SentenceSplitter.Split(string.Empty).Should().BeEmpty();
        SentenceSplitter.Split("  \n ").Should().BeEmpty();
    }

    [Fact]
    public void Split_Null_Throws()
    {
        var act = () => SentenceSplitter.Split(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("text");
    }

    [Fact]
    public void Split_TokensFromAnotherText_Throws()
    {
        var tokens = NewsTokenizer.Tokenize("A much longer text than the other one.").ToArray();

        var act = () => SentenceSplitter.Split("Short.", tokens);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("tokens");
    }

    [Fact]
    public void Split_DestinationTooSmall_Throws()
    {
        const string text = "One. Two. Three.";
        var tokens = NewsTokenizer.Tokenize(text).ToArray();

        var act = () => SentenceSplitter.Split(text, tokens, new Sentence[2]);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("destination");
    }
}
