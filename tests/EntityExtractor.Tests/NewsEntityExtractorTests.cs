using FluentAssertions;
using Xunit;

namespace EntityExtractor.Tests;

public sealed class NewsEntityExtractorTests
{
    private static readonly NewsEntityExtractor Extractor = NewsEntityExtractor.Create();

    [Fact]
    public void Extract_Null_Throws()
    {
        var act = () => Extractor.Extract(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("text");
    }

    [Fact]
    public void Extract_EmptyText_ReturnsEmptyResult()
    {
        var result = Extractor.Extract(string.Empty);

        result.Text.Should().BeEmpty();
        result.Tokens.Should().BeEmpty();
        result.Sentences.Should().BeEmpty();
        result.Entities.Should().BeEmpty();
        result.Casualties.Should().BeEmpty();
        result.Summary.Killed.Should().BeNull();
        result.Summary.Wounded.Should().BeNull();
    }

    [Fact]
    public void Extract_NewsText_ReturnsTokensAndSentencesOfThatText()
    {
        const string text = "A drone struck a car in Baghdad on Thursday. \"A drone hit us,\" a U.S. official said.";

        var result = Extractor.Extract(text);

        result.Text.Should().BeSameAs(text);
        result.Tokens.Should().HaveCount(22);
        result.Sentences.Should().HaveCount(2);
        result.Sentences[1].Start.Should().Be(text.IndexOf('"', StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_ResultLists_CannotBeWrittenThroughACast()
    {
        const string text = "Gunmen killed four soldiers in Kirkuk on Monday, Iraqi police said.";

        var result = Extractor.Extract(text);

        result.Entities.Should().NotBeEmpty();
        result.Casualties.Should().NotBeEmpty();
        object[] lists = [result.Tokens, result.Sentences, result.Entities, result.Casualties];
        lists.Should().AllSatisfy(list => list.Should().BeAssignableTo<System.Collections.IList>()
            .Which.IsReadOnly.Should().BeTrue("a caller must not be able to change a shared result"));
    }

    /// <summary>
    /// Unusual texts with their token counts. A fact over a table, not [InlineData]: attribute strings are stored as
    /// UTF-8 in metadata, so a lone surrogate written there reaches the test as U+FFFD.
    /// </summary>
    [Fact]
    public void Extract_UnusualText_ReturnsResultInsideTheText()
    {
        (string Text, int Tokens)[] cases =
        [
            ("\uD800\uDC00\uD800 lone \uDFFF surrogates", 5),
            ("control\u0000\u0001\u001B[31mchars\u007F", 3),
            ("\u0642\u062A\u0644 \u0623\u0631\u0628\u0639\u0629 \u0641\u064A \u0628\u063A\u062F\u0627\u062F", 4),
            ("\U0001F4A5\U0001F4A5\U0001F4A5 \U0001F1EE\U0001F1F6 boom", 5),
        ];

        foreach (var (text, tokens) in cases)
        {
            var result = Extractor.Extract(text);

            result.Tokens.Should().HaveCount(tokens, text);
            result.Tokens.Should().OnlyContain(t => t.End <= text.Length);
            result.Sentences.Should().OnlyContain(s => s.End <= text.Length);
        }
    }

    [Fact]
    public void Extract_ManyThreadsSharingOneExtractor_GetTheSameResults()
    {
        const string text = "At least four people were killed in Baghdad on Oct. 7, a U.S. official said. Police arrived later.";
        var expected = Extractor.Extract(text);

        var results = new ExtractionResult[64];
        Parallel.For(0, results.Length, i => results[i] = Extractor.Extract(text));

        results.Should().OnlyContain(r => r.Tokens.SequenceEqual(expected.Tokens) && r.Sentences.SequenceEqual(expected.Sentences));
    }

    [Fact]
    public void Extract_Span_GivesTheSameResultAsTheString()
    {
        const string text = "Two civilians were wounded in Mosul, police said.";

        var fromSpan = Extractor.Extract(text.AsSpan());
        var fromString = Extractor.Extract(text);

        fromSpan.Text.Should().Be(text);
        fromSpan.Tokens.Should().Equal(fromString.Tokens);
        fromSpan.Entities.Should().BeEquivalentTo(fromString.Entities, o => o.WithStrictOrdering());
        fromSpan.Casualties.Should().BeEquivalentTo(fromString.Casualties, o => o.WithStrictOrdering());
    }

    [Fact]
    public void Create_NullOptions_UsesDefaults()
    {
        NewsEntityExtractor.Create(null).Options.Should().Be(NewsEntityExtractorOptions.Default);
    }
}
