using EntityExtractor.Recognition;
using EntityExtractor.Sentences;
using EntityExtractor.Tokenization;
using FluentAssertions;
using Xunit;

namespace EntityExtractor.Tests.Recognition;

public sealed class LineUnitsTests
{
    /// <summary>The units of <paramref name="text"/>, read with the library's tokenizer and splitter.</summary>
    internal static Sentence[] Units(string text, Token[] tokens)
    {
        var units = new Sentence[tokens.Length];
        return units[..LineUnits.Split(text, tokens, SentenceSplitter.Split(text, tokens), units)];
    }

    private static string[] UnitTexts(string text) =>
        Units(text, NewsTokenizer.TokenizeToArray(text)).Select(u => text[u.Start..u.End]).ToArray();

    [Fact]
    public void Split_HeadlineBylineAndDatelineWithoutPeriods_ReadsEachLineAsAUnit()
    {
        const string text = "Ferry strike ends in Kestrel Bay\nMarta Ilves\nKESTREL BAY, Norland\nFerries sailed again on Monday.";

        UnitTexts(text).Should().Equal("Ferry strike ends in Kestrel Bay", "Marta Ilves", "KESTREL BAY, Norland", "Ferries sailed again on Monday.");
    }

    [Fact]
    public void Split_ScheduleLines_ReadsEachLineAsAUnit()
    {
        UnitTexts("SATURDAY\nOAKWOOD AT ELMSTEAD\nBRIARTON AT FENWICK").Should().Equal("SATURDAY", "OAKWOOD AT ELMSTEAD", "BRIARTON AT FENWICK");
    }

    [Fact]
    public void Split_LineGoingOnWithALowerCaseWord_KeepsTheWrappedSentenceWhole()
    {
        const string text = "The mayor of Elmstead said the\nbridge would reopen. Traffic\nwas light.";

        UnitTexts(text).Should().Equal("The mayor of Elmstead said the\nbridge would reopen.", "Traffic\nwas light.");
    }

    [Fact]
    public void Count_LineBreaksOnlyBetweenSentences_IsTheSentenceCount()
    {
        const string text = "The mayor spoke on Monday.\n\nTraffic was light.\nIt rained.";
        Token[] tokens = NewsTokenizer.TokenizeToArray(text);

        var sentences = SentenceSplitter.Split(text, tokens);

        sentences.Should().HaveCount(3);
        LineUnits.Count(text, tokens, sentences).Should().Be(3);
    }

    [Fact]
    public void Count_BylineAboveTheFirstSentence_AddsAUnit()
    {
        const string text = "Marta Ilves\nFerries sailed again on Monday.";
        Token[] tokens = NewsTokenizer.TokenizeToArray(text);

        var sentences = SentenceSplitter.Split(text, tokens);

        sentences.Should().HaveCount(1);
        LineUnits.Count(text, tokens, sentences).Should().Be(2);
    }

    [Fact]
    public void Split_CarriageReturnsAndLineSeparators_AreLineBreaksToo()
    {
        UnitTexts("OAKWOOD\r\nELMSTEAD\u2028FENWICK").Should().Equal("OAKWOOD", "ELMSTEAD", "FENWICK");
    }
}
