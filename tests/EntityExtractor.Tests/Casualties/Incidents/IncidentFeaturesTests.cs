using EntityExtractor.Casualties;
using EntityExtractor.Casualties.Incidents;
using EntityExtractor.Sentences;
using EntityExtractor.Tokenization;
using FluentAssertions;
using Xunit;

namespace EntityExtractor.Tests.Casualties.Incidents;

public class IncidentFeaturesTests
{
    private const string TwoEvents = "A man was shot dead on Elm Street on Saturday.\n\nOn June 9, two teens were wounded a block away.";

    [Theory]
    [InlineData("2017-06-12", (int)IncidentFeature.DateRecent)]
    [InlineData("2017-06-20", (int)IncidentFeature.DateOther)]
    [InlineData("2017-06-08", (int)IncidentFeature.DateOther)]
    [InlineData(null, (int)IncidentFeature.DateUnjudged)]
    public void Compute_MonthAndDay_IsJudgedAgainstThePublicationDate(string? published, int expected)
    {
        float[] row = Rows(TwoEvents, published)[1];

        Active(row, IncidentFeature.DateRecent, IncidentFeature.DateOther, IncidentFeature.DateUnjudged).Should().Equal((IncidentFeature)expected);
    }

    [Theory]
    [InlineData("2017-06-11", (int)IncidentFeature.WeekdayRecent)]
    [InlineData("2017-06-16", (int)IncidentFeature.WeekdayOld)]
    [InlineData(null, (int)IncidentFeature.WeekdayUnjudged)]
    public void Compute_Weekday_IsJudgedAgainstThePublicationDate(string? published, int expected)
    {
        float[] row = Rows(TwoEvents, published)[0];

        Active(row, IncidentFeature.WeekdayRecent, IncidentFeature.WeekdayOld, IncidentFeature.WeekdayUnjudged).Should().Equal((IncidentFeature)expected);
    }

    [Fact]
    public void Compute_SecondParagraph_HasItsPositionAndTheLedesCount()
    {
        List<float[]> rows = Rows(TwoEvents, null);

        Active(rows[0], IncidentFeature.Sentence0, IncidentFeature.Paragraph0, IncidentFeature.Lede, IncidentFeature.Killed, IncidentFeature.AboveLede)
            .Should().Equal(IncidentFeature.Sentence0, IncidentFeature.Paragraph0, IncidentFeature.Lede, IncidentFeature.Killed);
        Active(rows[1], IncidentFeature.Sentence1To2, IncidentFeature.Paragraph1, IncidentFeature.Lede, IncidentFeature.Wounded, IncidentFeature.AboveLede)
            .Should().Equal(IncidentFeature.Sentence1To2, IncidentFeature.Paragraph1, IncidentFeature.Wounded, IncidentFeature.AboveLede);
    }

    [Fact]
    public void Compute_PlaceOutsideTheLede_IsNew()
    {
        const string text = "Two men were killed in Baghdad on Monday. Three people were wounded in Basra.";
        Entity[] entities =
        [
            new(EntityType.Location, 23, 30, "Baghdad", 1),
            new(EntityType.Location, 71, 76, "Basra", 1),
        ];

        List<float[]> rows = Rows(text, null, entities);

        Active(rows[0], IncidentFeature.PlaceSame, IncidentFeature.PlaceNew).Should().Equal(IncidentFeature.PlaceSame);
        Active(rows[1], IncidentFeature.PlaceSame, IncidentFeature.PlaceNew).Should().Equal(IncidentFeature.PlaceNew);
    }

    [Fact]
    public void Compute_AnotherShootingMeantime_HasItsCues()
    {
        float[] row = Rows("Police said a woman was shot. Meantime, another man was wounded in a separate shooting earlier.", null)[1];

        Active(row, IncidentFeature.CueAnother, IncidentFeature.CueSeparate, IncidentFeature.CueEarlier, IncidentFeature.CueTurn, IncidentFeature.CueAlso)
            .Should().Equal(IncidentFeature.CueAnother, IncidentFeature.CueSeparate, IncidentFeature.CueEarlier, IncidentFeature.CueTurn);
    }

    private static List<float[]> Rows(string text, string? published, IReadOnlyList<Entity>? entities = null)
    {
        Token[] tokens = NewsTokenizer.TokenizeToArray(text);
        IReadOnlyList<Sentence> sentences = SentenceSplitter.Split(text, tokens);
        List<RawFigure> figures = CasualtyExtractor.ReadFigures(text, tokens, sentences, out _)!;
        DateOnly? date = published is null ? null : DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture);
        float[] all = IncidentFeatures.Compute(text, tokens, sentences, new CasualtyContext(date, entities), figures);
        return all.Chunk(IncidentFeatures.Count).ToList();
    }

    private static IncidentFeature[] Active(float[] row, params IncidentFeature[] among) =>
        among.Where(f => row[(int)f] != 0).ToArray();
}
