using EntityExtractor.Recognition;
using EntityExtractor.Sentences;
using EntityExtractor.Tokenization;
using FluentAssertions;
using Xunit;

namespace EntityExtractor.Tests.Recognition;

public sealed class LineUnitsTests
{
    private static string[] UnitTexts(string text)
    {
        Token[] tokens = NewsTokenizer.TokenizeToArray(text);
        return LineUnits.Split(text, tokens, SentenceSplitter.Split(text, tokens)).Select(u => text[u.Start..u.End]).ToArray();
    }

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
    public void Split_NoLineBreakInsideASentence_ReturnsTheSentencesThemselves()
    {
        const string text = "The mayor spoke on Monday.\n\nTraffic was light.";
        Token[] tokens = NewsTokenizer.TokenizeToArray(text);
        var sentences = SentenceSplitter.Split(text, tokens);

        LineUnits.Split(text, tokens, sentences).Should().BeSameAs(sentences);
    }

    [Fact]
    public void Split_CarriageReturnsAndLineSeparators_AreLineBreaksToo()
    {
        UnitTexts("OAKWOOD\r\nELMSTEAD\u2028FENWICK").Should().Equal("OAKWOOD", "ELMSTEAD", "FENWICK");
    }
}
