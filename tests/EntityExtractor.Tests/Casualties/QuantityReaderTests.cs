using EntityExtractor.Casualties;
using EntityExtractor.Tokenization;
using FluentAssertions;
using Xunit;

namespace EntityExtractor.Tests.Casualties;

public sealed class QuantityReaderTests
{
    [Theory]
    [InlineData("4", 4, CasualtyQualifier.Exact)]
    [InlineData("1,200", 1200, CasualtyQualifier.Exact)]
    [InlineData("four", 4, CasualtyQualifier.Exact)]
    [InlineData("Eleven", 11, CasualtyQualifier.Exact)]
    [InlineData("twenty-three", 23, CasualtyQualifier.Exact)]
    [InlineData("twenty three", 23, CasualtyQualifier.Exact)]
    [InlineData("a hundred", 100, CasualtyQualifier.Exact)]
    [InlineData("one hundred and twelve", 112, CasualtyQualifier.Exact)]
    [InlineData("two hundred fifty", 250, CasualtyQualifier.Exact)]
    [InlineData("3 thousand", 3000, CasualtyQualifier.Exact)]
    [InlineData("a dozen", 12, CasualtyQualifier.Approximately)]
    [InlineData("two dozen", 24, CasualtyQualifier.Approximately)]
    [InlineData("dozens", 12, CasualtyQualifier.AtLeast)]
    [InlineData("scores", 20, CasualtyQualifier.AtLeast)]
    [InlineData("hundreds", 100, CasualtyQualifier.AtLeast)]
    [InlineData("thousands", 1000, CasualtyQualifier.AtLeast)]
    [InlineData("tens of thousands", 10_000, CasualtyQualifier.AtLeast)]
    [InlineData("hundreds of thousands", 100_000, CasualtyQualifier.AtLeast)]
    [InlineData("several", 3, CasualtyQualifier.AtLeast)]
    [InlineData("a few", 2, CasualtyQualifier.AtLeast)]
    [InlineData("at least 4", 4, CasualtyQualifier.AtLeast)]
    [InlineData("more than 20", 20, CasualtyQualifier.MoreThan)]
    [InlineData("over 100", 100, CasualtyQualifier.MoreThan)]
    [InlineData("nearly 50", 50, CasualtyQualifier.Approximately)]
    [InlineData("almost 30", 30, CasualtyQualifier.Approximately)]
    [InlineData("about 15", 15, CasualtyQualifier.Approximately)]
    [InlineData("around 60", 60, CasualtyQualifier.Approximately)]
    [InlineData("up to 200", 200, CasualtyQualifier.AtMost)]
    [InlineData("as many as 40", 40, CasualtyQualifier.AtMost)]
    [InlineData("some 300", 300, CasualtyQualifier.Approximately)]
    [InlineData("an estimated 2,000", 2000, CasualtyQualifier.Approximately)]
    [InlineData("more than a dozen", 12, CasualtyQualifier.MoreThan)]
    [InlineData("at least dozens", 12, CasualtyQualifier.AtLeast)]
    public void TryRead_CountPhrase_ReadsValueAndQualifier(string phrase, int value, CasualtyQualifier qualifier)
    {
        Token[] tokens = NewsTokenizer.TokenizeToArray(phrase);

        bool read = QuantityReader.TryRead(phrase, tokens, 0, tokens.Length, out Quantity quantity);

        read.Should().BeTrue();
        quantity.Should().Be(new Quantity(value, qualifier, 0, tokens.Length));
    }

    [Theory]
    [InlineData("people")]
    [InlineData("3.5")]
    [InlineData("10th")]
    [InlineData("99999999999")]
    [InlineData("at least")]
    [InlineData("a")]
    public void TryRead_NotACount_ReturnsFalse(string phrase)
    {
        Token[] tokens = NewsTokenizer.TokenizeToArray(phrase);

        QuantityReader.TryRead(phrase, tokens, 0, tokens.Length, out _).Should().BeFalse();
    }

    [Fact]
    public void TryRead_MoneyAmount_ReturnsFalse()
    {
        const string text = "$4 million";
        Token[] tokens = NewsTokenizer.TokenizeToArray(text);

        QuantityReader.TryRead(text, tokens, 1, tokens.Length, out _).Should().BeFalse();
    }

    [Fact]
    public void TryReadEndingAt_QualifiedCount_StartsAtTheQualifier()
    {
        const string text = "the blast killed at least twenty-one people";
        Token[] tokens = NewsTokenizer.TokenizeToArray(text);

        bool read = QuantityReader.TryReadEndingAt(text, tokens, 5, 0, out Quantity quantity);

        read.Should().BeTrue();
        quantity.Should().Be(new Quantity(21, CasualtyQualifier.AtLeast, 3, 6));
    }

    [Fact]
    public void VagueQuantities_Table_IsTheDocumentedOne()
    {
        QuantityReader.VagueQuantities.Should().BeEquivalentTo(new Dictionary<string, int>
        {
            ["dozens"] = 12,
            ["scores"] = 20,
            ["hundreds"] = 100,
            ["thousands"] = 1000,
            ["several"] = 3,
            ["multiple"] = 2,
            ["numerous"] = 2,
        });
    }
}
